import { Stack } from '@mui/material';
import { ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { DataTable } from '../../../common/DataTable';
import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { UNMET_REASON_CHOICES } from '../../../common/choices';
import { NeedStatusChip, UrgencyChip } from '../../../common/chips';
import { CreateDialogButton, EditDialogButton } from '../../../common/FormDialog';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { NeedCategoryField } from '../../../common/needCategories';
import { NeedInputs } from '../../needs/NeedInputs';
import { NeedStatusButton } from '../../needs/NeedStatusButton';
import { ReferButton } from '../../referrals/ReferDialog';
import { EmptyHint, TabActions } from './TabActions';

const StatusWithReason = () => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
    <NeedStatusChip />
    <SelectField source="unmetReason" choices={UNMET_REASON_CHOICES} variant="caption" />
  </Stack>
);

/**
 * "Bedarfe": the family's needs and their status; status changes follow libs/domain's rules.
 * An open or unmet need is referred to an offer with "Vermitteln".
 */
export const NeedsTab = () => {
  const family = useRecordContext();
  if (!family) return null;
  return (
    <>
      <TabActions>
        <CreateDialogButton
          resource="needs"
          label="resources.needs.add"
          icon={<PlaylistAddIcon />}
          record={{ familyId: family.id, urgency: 'normal' }}
        >
          <NeedInputs mode="create" />
        </CreateDialogButton>
      </TabActions>
      <ReferenceManyField
        reference="needs"
        target="familyId"
        sort={{ field: 'identifiedAt', order: 'DESC' }}
        perPage={100}
        empty={<EmptyHint text="resources.needs.empty" />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="categoryKey" field={NeedCategoryField} />
          <DataTable.Col source="description" disableSort>
            <TextField source="description" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="urgency" field={UrgencyChip} />
          <DataTable.Col source="status" field={StatusWithReason} />
          <DataTable.Col source="identifiedAt">
            <LocaleDateField source="identifiedAt" />
          </DataTable.Col>
          <DataTable.Col source="resolvedAt" disableSort>
            <LocaleDateField source="resolvedAt" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <ReferButton family={family} />
            <NeedStatusButton />
            <EditDialogButton resource="needs">
              <NeedInputs mode="edit" />
            </EditDialogButton>
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

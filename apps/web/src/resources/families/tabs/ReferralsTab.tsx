import { Stack } from '@mui/material';
import { ReferenceField, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { DataTable } from '../../../common/DataTable';
import { REFERRAL_MODE_CHOICES } from '../../../common/choices';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { NeedCategoryField } from '../../../common/needCategories';
import { StaffField } from '../../../common/staff';
import { ReferralStatusField } from '../../referrals/ReferralFields';
import { ReferralActions } from '../../referrals/ReferralActions';
import { EmptyHint } from './TabActions';

const ProviderAndOffer = () => (
  <Stack spacing={0.25}>
    <ReferenceField source="providerId" reference="providers" link="show" />
    <ReferenceField source="offerId" reference="offers" link="show" emptyText="">
      <TextField source="title" variant="caption" color="text.secondary" />
    </ReferenceField>
  </Stack>
);

/**
 * "Vermittlungen": the family's referrals with their status and the moves each allows
 * (nextStatuses of libs/domain); new ones start from a need ("Vermitteln" in "Bedarfe").
 */
export const ReferralsTab = () => {
  const family = useRecordContext();
  if (!family) return null;
  return (
    <ReferenceManyField
      reference="referrals"
      target="familyId"
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={100}
      empty={<EmptyHint text="resources.referrals.empty" />}
    >
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="categoryKey" disableSort field={NeedCategoryField} />
        <DataTable.Col source="providerId" disableSort field={ProviderAndOffer} />
        <DataTable.Col source="mode" disableSort>
          <SelectField source="mode" choices={REFERRAL_MODE_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="status" field={ReferralStatusField} />
        <DataTable.Col source="sentAt">
          <LocaleDateField source="sentAt" emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="respondedAt" disableSort>
          <LocaleDateField source="respondedAt" emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="counsellorId" disableSort>
          <StaffField source="counsellorId" />
        </DataTable.Col>
        <DataTable.Col source="note" disableSort>
          <TextField source="note" emptyText="–" />
        </DataTable.Col>
        <DataTable.Col label="lotsen.common.actions" disableSort align="right">
          <ReferralActions />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
};

import { Stack } from '@mui/material';
import { ReferenceManyField, TextField, useRecordContext } from 'react-admin';
import { DataTable } from '../../../common/DataTable';
import AlarmAddIcon from '@mui/icons-material/AlarmAdd';
import { DEFAULT_FOLLOW_UP_DAYS } from '@lotsen/domain';
import { FollowUpStatusChip, OverdueChip } from '../../../common/chips';
import { addDays, endOfBerlinDay, todayInBerlin } from '../../../common/dates';
import { CreateDialogButton, EditDialogButton } from '../../../common/FormDialog';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { StaffField } from '../../../common/staff';
import { FollowUpInputs } from '../../follow-ups/FollowUpInputs';
import { MarkDoneButton } from '../../follow-ups/MarkDoneButton';
import { PostponeButton } from '../../follow-ups/PostponeButton';
import { EmptyHint, TabActions } from './TabActions';

const DueAt = () => (
  <Stack direction="row" sx={{ alignItems: 'center' }}>
    <LocaleDateField source="dueAt" />
    <OverdueChip />
  </Stack>
);

/** "Wiedervorlagen": the family's follow-ups; a new one is due in DEFAULT_FOLLOW_UP_DAYS days. */
export const FollowUpsTab = () => {
  const family = useRecordContext();
  if (!family) return null;
  const dueAt = endOfBerlinDay(addDays(todayInBerlin(), DEFAULT_FOLLOW_UP_DAYS));
  return (
    <>
      <TabActions>
        <CreateDialogButton
          resource="follow-ups"
          label="resources.follow-ups.add"
          icon={<AlarmAddIcon />}
          record={{ familyId: family.id, dueAt }}
        >
          <FollowUpInputs mode="create" />
        </CreateDialogButton>
      </TabActions>
      <ReferenceManyField
        reference="follow-ups"
        target="familyId"
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={100}
        empty={<EmptyHint text="resources.follow-ups.empty" />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="dueAt" field={DueAt} />
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="assigneeId" disableSort>
            <StaffField source="assigneeId" />
          </DataTable.Col>
          <DataTable.Col source="status" field={FollowUpStatusChip} />
          <DataTable.Col source="doneAt" disableSort>
            <LocaleDateField source="doneAt" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort>
            <TextField source="note" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <MarkDoneButton />
            <PostponeButton />
            <EditDialogButton resource="follow-ups">
              <FollowUpInputs mode="edit" />
            </EditDialogButton>
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

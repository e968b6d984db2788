import { List, NullableBooleanInput, ReferenceField, SelectInput, type ListProps } from 'react-admin';
import { DayInput } from '../../common/dateInputs';
import { DataTable } from '../../common/DataTable';
import { Stack } from '@mui/material';
import { FOLLOW_UP_STATUS_CHOICES, PER_PAGE } from '../../common/choices';
import { FollowUpStatusChip, OverdueChip } from '../../common/chips';
import { LocaleDateField } from '../../common/LocaleDateField';
import { StaffField, StaffInput } from '../../common/staff';
import { FollowUpRowActions } from './FollowUpRowActions';

/** Filters the API accepts for follow-ups: assigneeId, status, overdue, dueBefore (a Berlin day). */
const filters = [
  <SelectInput key="status" source="status" choices={FOLLOW_UP_STATUS_CHOICES} alwaysOn />,
  <StaffInput key="assigneeId" source="assigneeId" />,
  <NullableBooleanInput key="overdue" source="overdue" />,
  <DayInput key="dueBefore" source="dueBefore" />,
];

const DueAt = () => (
  <Stack direction="row" sx={{ alignItems: 'center' }}>
    <LocaleDateField source="dueAt" />
    <OverdueChip />
  </Stack>
);

interface FollowUpTableProps {
  showAssignee?: boolean;
}

export const FollowUpTable = ({ showAssignee = true }: FollowUpTableProps) => (
  <DataTable bulkActionButtons={false} rowClick={false}>
    <DataTable.Col source="dueAt" field={DueAt} />
    <DataTable.Col source="title" disableSort />
    <DataTable.Col source="familyId" disableSort>
      <ReferenceField source="familyId" reference="families" />
    </DataTable.Col>
    {showAssignee && (
      <DataTable.Col source="assigneeId" disableSort>
        <StaffField source="assigneeId" />
      </DataTable.Col>
    )}
    <DataTable.Col source="status" field={FollowUpStatusChip} />
    <DataTable.Col label="lotsen.common.actions" disableSort align="right">
      <FollowUpRowActions />
    </DataTable.Col>
  </DataTable>
);

/** The office's follow-ups (sortable: dueAt, status, createdAt). */
export const FollowUpList = (props: Partial<ListProps>) => (
  <List
    sort={{ field: 'dueAt', order: 'ASC' }}
    filters={filters}
    filterDefaultValues={{ status: 'open' }}
    perPage={PER_PAGE}
    exporter={false}
    {...props}
  >
    <FollowUpTable />
  </List>
);

import {
  AutocompleteInput,
  CreateButton,
  List,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { FAMILY_STATUS_CHOICES, PER_PAGE } from '../../common/choices';
import { FamilyStatusChip } from '../../common/chips';
import { SearchFilter } from '../../common/filters';
import { LocaleDateField } from '../../common/LocaleDateField';
import { StaffField, StaffInput } from '../../common/staff';
import { BulkHandoffButton } from './HandoffDialog';

/**
 * Filters the API accepts for families: q (name, a member's name or phone; typo tolerant),
 * districtId, ownerId, status.
 */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput
    key="districtId"
    source="districtId"
    reference="districts"
    sort={{ field: 'name', order: 'ASC' }}
    perPage={100}
  >
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <StaffInput key="ownerId" source="ownerId" />,
  <SelectInput key="status" source="status" choices={FAMILY_STATUS_CHOICES} />,
];

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** Sortable: name, lastActivityAt, createdAt, status. Team leads hand off many at once. */
export const FamilyList = () => {
  const { canAccess: canBulkHandoff } = useCanAccess({ resource: 'families', action: 'bulk_handoff' });
  return (
    <List
      sort={{ field: 'lastActivityAt', order: 'DESC' }}
      filters={filters}
      perPage={PER_PAGE}
      exporter={false}
      actions={<ListActions />}
    >
      <DataTable rowClick="show" bulkActionButtons={canBulkHandoff ? <BulkHandoffButton /> : false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="districtId" disableSort>
          <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="ownerId" disableSort>
          <StaffField source="ownerId" />
        </DataTable.Col>
        <DataTable.Col source="status" field={FamilyStatusChip} />
        <DataTable.Col source="lastActivityAt">
          <LocaleDateField source="lastActivityAt" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

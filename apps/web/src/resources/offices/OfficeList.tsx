import { List } from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { PER_PAGE } from '../../common/choices';
import { SearchFilter } from '../../common/filters';
import { LocaleDateField } from '../../common/LocaleDateField';

/** Filter: q. Sortable: name. */
const filters = [<SearchFilter key="q" source="q" alwaysOn />];

export const OfficeList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} filters={filters} perPage={PER_PAGE} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="address" disableSort />
      <DataTable.Col source="createdAt" disableSort>
        <LocaleDateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);

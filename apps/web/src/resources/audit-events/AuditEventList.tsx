import { List, TextField, TextInput } from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { LocaleDateField } from '../../common/LocaleDateField';
import { AuditUserField, AuditUserInput } from './AuditUserField';

/** Filters the API accepts for audit events: userId, entity, entityId, action. */
const filters = [
  <AuditUserInput key="userId" source="userId" alwaysOn />,
  <TextInput key="entity" source="entity" />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="action" source="action" />,
];

/** The audit log ("Protokoll"): read only, append-only in the database. Sortable: at. */
export const AuditEventList = () => (
  <List sort={{ field: 'at', order: 'DESC' }} filters={filters} perPage={50} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="at">
        <LocaleDateField source="at" showTime />
      </DataTable.Col>
      <DataTable.Col source="userId" disableSort field={AuditUserField} />
      <DataTable.Col source="action" disableSort />
      <DataTable.Col source="entity" disableSort />
      <DataTable.Col source="entityId" disableSort>
        <TextField source="entityId" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="ip" disableSort>
        <TextField source="ip" emptyText="–" />
      </DataTable.Col>
    </DataTable>
  </List>
);

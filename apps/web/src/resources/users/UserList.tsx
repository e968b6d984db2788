import {
  AutocompleteInput,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { DataTable } from '../../common/DataTable';
import { PER_PAGE, ROLE_CHOICES } from '../../common/choices';
import { SearchFilter } from '../../common/filters';
import { LocaleDateField } from '../../common/LocaleDateField';

/** Filters the API accepts for users: q, role, officeId, active. */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
  <ReferenceInput key="officeId" source="officeId" reference="offices" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

/** Sortable: email, displayName, role, createdAt, lastLoginAt, active. */
export const UserList = () => (
  <List sort={{ field: 'displayName', order: 'ASC' }} filters={filters} perPage={PER_PAGE} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={ROLE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="officeId" disableSort>
        <ReferenceField source="officeId" reference="offices" link={false} emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="active" field={YesNoField} />
      <DataTable.Col source="lastLoginAt">
        <LocaleDateField source="lastLoginAt" showTime emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);

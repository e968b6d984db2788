import { List, NullableBooleanInput, SelectField, SelectInput } from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { DataTable } from '../../common/DataTable';
import { GROUP_CHOICES, PER_PAGE } from '../../common/choices';
import { SearchFilter } from '../../common/filters';

/** Filters: q, group, active, sensitive. Sortable: key, labelDe, group. */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="group" source="group" choices={GROUP_CHOICES} />,
  <NullableBooleanInput key="active" source="active" />,
  <NullableBooleanInput key="sensitive" source="sensitive" />,
];

export const NeedCategoryList = () => (
  <List sort={{ field: 'group', order: 'ASC' }} filters={filters} perPage={PER_PAGE} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="labelDe" />
      <DataTable.Col source="labelEn" disableSort />
      <DataTable.Col source="key" />
      <DataTable.Col source="group">
        <SelectField source="group" choices={GROUP_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="sensitive" disableSort field={YesNoField} />
      <DataTable.Col source="active" disableSort field={YesNoField} />
    </DataTable>
  </List>
);

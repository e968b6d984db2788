import { List, NullableBooleanInput, SelectInput, TextArrayField, TextField } from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { DataTable } from '../../common/DataTable';
import { PER_PAGE, SOZIALRAUM_CHOICES } from '../../common/choices';
import { SearchFilter } from '../../common/filters';

/** Filters: q, sozialraum, active. Sortable: code, name, sozialraum. */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="sozialraum" source="sozialraum" choices={SOZIALRAUM_CHOICES} />,
  <NullableBooleanInput key="active" source="active" />,
];

export const DistrictList = () => (
  <List sort={{ field: 'code', order: 'ASC' }} filters={filters} perPage={PER_PAGE} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="sozialraum">
        <TextField source="sozialraum" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="stadtteile" disableSort>
        <TextArrayField source="stadtteile" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort field={YesNoField} />
    </DataTable>
  </List>
);

import { CreateButton, List, NullableBooleanInput, ReferenceField, TextField, TopToolbar } from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { PER_PAGE } from '../../common/choices';
import { SearchFilter } from '../../common/filters';
import { LocaleDateField } from '../../common/LocaleDateField';
import { YesNoField } from '../../common/YesNoField';

/** Filters the API accepts for services: q (title, LeiKa key), active. */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <NullableBooleanInput key="active" source="active" />,
];

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** "Verwaltungsleistungen": the city's administrative services for families (the portal shows the active ones). */
export const ServiceList = () => (
  <List
    sort={{ field: 'titleDe', order: 'ASC' }}
    filters={filters}
    perPage={PER_PAGE}
    exporter={false}
    actions={<ListActions />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="titleDe" />
      <DataTable.Col source="leikaKey">
        <TextField source="leikaKey" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="responsibleProviderId" disableSort>
        <ReferenceField source="responsibleProviderId" reference="providers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="lastCheckedAt">
        <LocaleDateField source="lastCheckedAt" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="active" field={YesNoField} />
    </DataTable>
  </List>
);

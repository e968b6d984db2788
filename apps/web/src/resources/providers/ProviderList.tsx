import {
  CreateButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { DataTable } from '../../common/DataTable';
import { PER_PAGE, PROVIDER_KIND_CHOICES } from '../../common/choices';
import { SearchFilter } from '../../common/filters';
import { LanguagesField } from '../../common/LanguageChips';
import { DistrictInput } from '../families/FamilyInputs';

/** Filters the API accepts for providers: q (name), kind, districtId, active. */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={PROVIDER_KIND_CHOICES} />,
  <DistrictInput key="districtId" />,
  <NullableBooleanInput key="active" source="active" />,
];

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** The provider register ("Träger"). Sortable: name, kind. */
export const ProviderList = () => (
  <List
    sort={{ field: 'name', order: 'ASC' }}
    filters={filters}
    filterDefaultValues={{ active: true }}
    perPage={PER_PAGE}
    exporter={false}
    actions={<ListActions />}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={PROVIDER_KIND_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="districtId" disableSort>
        <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="languages" disableSort field={LanguagesField} />
      <DataTable.Col source="phone" disableSort>
        <TextField source="phone" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort field={YesNoField} />
    </DataTable>
  </List>
);

import { List, SelectField, SelectInput, TextField } from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { PER_PAGE } from '../../common/choices';
import { LocaleDateField } from '../../common/LocaleDateField';
import { CALLBACK_STATUS_CHOICES } from './choices';

const filters = [<SelectInput key="status" source="status" choices={CALLBACK_STATUS_CHOICES} alwaysOn />];

/** The office's Rückrufbitten, newest first; open ones first to see (filter "offen"). */
export const CallbackRequestList = () => (
  <List
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={filters}
    filterDefaultValues={{ status: 'open' }}
    perPage={PER_PAGE}
    exporter={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={CALLBACK_STATUS_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="topicLabel" disableSort>
        <TextField source="topicLabel" />
      </DataTable.Col>
      <DataTable.Col source="name" disableSort>
        <TextField source="name" />
      </DataTable.Col>
      <DataTable.Col source="preferredTime" disableSort>
        <TextField source="preferredTime" emptyText="–" />
      </DataTable.Col>
    </DataTable>
  </List>
);

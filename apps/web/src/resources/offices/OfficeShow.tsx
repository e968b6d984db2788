import { NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';

export const OfficeShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="address" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
      <LocaleDateField source="createdAt" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
  </Show>
);

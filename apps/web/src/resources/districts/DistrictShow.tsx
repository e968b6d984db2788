import { BooleanField, NumberField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';

export const DistrictShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="sozialraum" emptyText="lotsen.sozialraum.none" />
      <TextArrayField source="stadtteile" />
      <BooleanField source="active" />
      <NumberField source="version" />
    </SimpleShowLayout>
  </Show>
);

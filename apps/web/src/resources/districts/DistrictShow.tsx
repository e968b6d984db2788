import { NumberField, Show, SimpleShowLayout, TextArrayField, TextField } from 'react-admin';
import { YesNoField } from '../../common/YesNoField';

export const DistrictShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="sozialraum" emptyText="lotsen.sozialraum.none" />
      <TextArrayField source="stadtteile" />
      <YesNoField source="active" />
      <NumberField source="version" />
    </SimpleShowLayout>
  </Show>
);

import { NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { GROUP_CHOICES } from '../../common/choices';

export const NeedCategoryShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="labelDe" />
      <TextField source="labelEn" />
      <TextField source="key" />
      <SelectField source="group" choices={GROUP_CHOICES} />
      <YesNoField source="sensitive" />
      <YesNoField source="active" />
      <NumberField source="version" />
    </SimpleShowLayout>
  </Show>
);

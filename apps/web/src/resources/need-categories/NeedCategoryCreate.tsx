import { Create, SimpleForm } from 'react-admin';
import { NeedCategoryInputs } from './NeedCategoryInputs';

export const NeedCategoryCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true, sensitive: false }}>
      <NeedCategoryInputs mode="create" />
    </SimpleForm>
  </Create>
);

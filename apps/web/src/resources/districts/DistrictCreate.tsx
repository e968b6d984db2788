import { Create, SimpleForm } from 'react-admin';
import { DistrictInputs } from './DistrictInputs';

export const DistrictCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true, stadtteile: [] }}>
      <DistrictInputs mode="create" />
    </SimpleForm>
  </Create>
);

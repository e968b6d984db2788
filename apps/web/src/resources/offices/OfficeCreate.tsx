import { Create, SimpleForm } from 'react-admin';
import { OfficeInputs } from './OfficeInputs';

export const OfficeCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <OfficeInputs />
    </SimpleForm>
  </Create>
);

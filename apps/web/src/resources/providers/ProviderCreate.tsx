import { Create, SimpleForm } from 'react-admin';
import { ProviderInputs } from './ProviderInputs';

export const ProviderCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ active: true, languages: ['de'], kind: 'independent' }}>
      <ProviderInputs />
    </SimpleForm>
  </Create>
);

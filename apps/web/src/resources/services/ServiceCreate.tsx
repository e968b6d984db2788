import { Create, SimpleForm } from 'react-admin';
import { ServiceInputs } from './ServiceInputs';

export const ServiceCreate = () => (
  <Create redirect="edit">
    <SimpleForm defaultValues={{ active: true, checklist: [], categoryKeys: [], lifeSituationKeys: [] }}>
      <ServiceInputs />
    </SimpleForm>
  </Create>
);

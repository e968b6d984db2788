import { Edit, SimpleForm } from 'react-admin';
import { ProviderInputs } from './ProviderInputs';

/** Pessimistic, so that a stale version (409) or the server's field errors reach the form. */
export const ProviderEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ProviderInputs />
    </SimpleForm>
  </Edit>
);

import { Edit, SimpleForm } from 'react-admin';
import { EditWithTranslations } from '../translations/EditWithTranslations';
import { ServiceInputs } from './ServiceInputs';

/** Pessimistic, so that a stale version (409) or the server's field errors reach the form; a tab for the translations. */
export const ServiceEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <EditWithTranslations entity="service" label="resources.services.tabs.details">
      <SimpleForm>
        <ServiceInputs />
      </SimpleForm>
    </EditWithTranslations>
  </Edit>
);

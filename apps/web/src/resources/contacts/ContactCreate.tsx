import { Create, SimpleForm } from 'react-admin';
import { contactPayload } from './contactPayload';
import { ContactInputs } from './ContactInputs';

/** A contact, anonymous or of a family, with the needs it raised (one transaction in the API). */
export const ContactCreate = () => (
  <Create redirect="show" transform={contactPayload}>
    <SimpleForm defaultValues={{ channel: 'walk_in', needCategoryKeys: [] }}>
      <ContactInputs mode="create" withFamily />
    </SimpleForm>
  </Create>
);

import { Edit, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';
import { ContactTitle } from './ContactTitle';

/** Pessimistic, so that a stale version (409) or the server's field errors reach the form. */
export const ContactEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    title={<ContactTitle message="resources.contacts.title" />}
  >
    <SimpleForm>
      <ContactInputs mode="edit" />
    </SimpleForm>
  </Edit>
);

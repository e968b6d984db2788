import { Edit, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

/** Pessimistic, so that a stale version (409) or the server's field errors reach the form. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <UserInputs mode="edit" />
    </SimpleForm>
  </Edit>
);

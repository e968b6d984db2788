import { Edit, SimpleForm } from 'react-admin';
import { FamilyInputs } from './FamilyInputs';
import { FamilyTitle } from './FamilyTitle';

/** Pessimistic, so that a stale version (409) or the server's field errors reach the form. */
export const FamilyEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    title={<FamilyTitle message="resources.families.editTitle" />}
  >
    <SimpleForm>
      <FamilyInputs mode="edit" />
    </SimpleForm>
  </Edit>
);

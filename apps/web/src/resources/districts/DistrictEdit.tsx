import { Edit, SimpleForm } from 'react-admin';
import { DistrictInputs } from './DistrictInputs';

export const DistrictEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <DistrictInputs mode="edit" />
    </SimpleForm>
  </Edit>
);

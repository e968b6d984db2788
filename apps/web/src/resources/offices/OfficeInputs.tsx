import { TextInput, maxLength, required } from 'react-admin';
import { LIMITS } from '@lotsen/domain';

const validateName = [required(), maxLength(LIMITS.nameMax)];
const validateAddress = [maxLength(LIMITS.addressMax)];

/** The inputs of an office (Standort), shared by create and edit. */
export const OfficeInputs = () => (
  <>
    <TextInput source="name" validate={validateName} />
    <TextInput source="address" multiline minRows={2} validate={validateAddress} />
  </>
);

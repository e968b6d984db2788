import {
  AutocompleteInput,
  BooleanInput,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  required,
} from 'react-admin';
import { LIMITS } from '@lotsen/domain';
import { ROLE_CHOICES } from '../../common/choices';
import { officeRequiredForRole, passwordRule, providerRequiredForRole } from '../../common/validation';
import { SuccessorInput } from './SuccessorInput';

const validateEmail = [required(), email(), maxLength(LIMITS.emailMax)];
const validateDisplayName = [required(), maxLength(LIMITS.displayNameMax)];
const validateRole = [required()];
const validateNewPassword = [required(), passwordRule];
const validatePasswordReset = [passwordRule];
const providerQuery = (text: string) => (text ? { q: text } : {});

/** The inputs of a user, shared by create and edit. The password is write-only. */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput source="email" type="email" autoComplete="off" validate={validateEmail} />
    <TextInput source="displayName" autoComplete="off" validate={validateDisplayName} />
    <SelectInput source="role" choices={ROLE_CHOICES} validate={validateRole} />
    <ReferenceInput source="officeId" reference="offices" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        optionText="name"
        validate={officeRequiredForRole}
        helperText="resources.users.helpers.officeId"
      />
    </ReferenceInput>
    <ReferenceInput source="providerId" reference="providers" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        optionText="name"
        filterToQuery={providerQuery}
        validate={providerRequiredForRole}
        helperText="resources.users.helpers.providerId"
      />
    </ReferenceInput>
    <BooleanInput source="active" helperText="resources.users.helpers.active" />
    {mode === 'edit' ? <SuccessorInput /> : null}
    <PasswordInput
      source="password"
      autoComplete="new-password"
      validate={mode === 'create' ? validateNewPassword : validatePasswordReset}
      helperText={
        mode === 'create' ? 'resources.users.helpers.passwordCreate' : 'resources.users.helpers.passwordEdit'
      }
    />
  </>
);

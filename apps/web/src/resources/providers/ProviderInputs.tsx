import { BooleanInput, SelectInput, TextInput, email, maxLength, required } from 'react-admin';
import { Stack } from '@mui/material';
import { LIMITS } from '@lotsen/domain';
import { PROVIDER_KIND_CHOICES } from '../../common/choices';
import { LanguagesInput } from '../../common/LanguageChips';
import { OpeningScheduleInput } from '../../common/OpeningSchedule';
import { DistrictInput } from '../families/FamilyInputs';

const validateName = [required(), maxLength(LIMITS.nameMax)];
const validateKind = [required()];
const validateAddress = [maxLength(LIMITS.addressMax)];
const validateEmail = [email(), maxLength(LIMITS.emailMax)];
const validateWebsite = [maxLength(300)];
const validateHours = [maxLength(500)];

/** The inputs of a provider, shared by create and edit. */
export const ProviderInputs = () => (
  <>
    <TextInput source="name" validate={validateName} />
    <SelectInput source="kind" choices={PROVIDER_KIND_CHOICES} validate={validateKind} />
    <TextInput source="address" multiline minRows={2} validate={validateAddress} />
    <DistrictInput />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <TextInput source="phone" type="tel" autoComplete="off" />
      <TextInput source="email" type="email" autoComplete="off" validate={validateEmail} />
    </Stack>
    <TextInput
      source="website"
      type="url"
      autoComplete="off"
      validate={validateWebsite}
      helperText="resources.providers.helpers.website"
    />
    <LanguagesInput helperText="resources.providers.helpers.languages" />
    <TextInput source="openingHours" multiline minRows={2} validate={validateHours} />
    <OpeningScheduleInput />
    <BooleanInput source="active" helperText="resources.providers.helpers.active" />
  </>
);

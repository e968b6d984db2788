import { RadioButtonGroupInput, TextInput, email, maxLength, required } from 'react-admin';
import { DayInput } from '../../common/dateInputs';
import { Stack } from '@mui/material';
import { LIMITS } from '@lotsen/domain';
import { RELATION_CHOICES } from '../../common/choices';
import { withinDateLimits } from '../../common/validation';

const validateName = [maxLength(LIMITS.nameMax)];
const validateEmail = [email(), maxLength(LIMITS.emailMax)];

/** A family member: only the fields the work needs (DSGVO Art. 5(1)(c)). */
export const PersonInputs = () => (
  <>
    <RadioButtonGroupInput source="relation" choices={RELATION_CHOICES} validate={required()} row />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <TextInput source="firstName" validate={validateName} autoComplete="off" />
      <TextInput source="lastName" validate={validateName} autoComplete="off" />
    </Stack>
    <DayInput source="birthDate" validate={withinDateLimits} />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <TextInput source="phone" type="tel" autoComplete="off" />
      <TextInput source="email" type="email" validate={validateEmail} autoComplete="off" />
    </Stack>
  </>
);

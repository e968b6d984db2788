import {
  AutocompleteInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { Stack } from '@mui/material';
import { LIMITS } from '@lotsen/domain';
import { CONSENT_FORM_CHOICES, CONSENT_SCOPE_CHOICES } from '../../common/choices';
import { BerlinDateTimeInput, EndOfDayInput } from '../../common/dateInputs';

const validateRequired = [required()];
const validateNote = [maxLength(LIMITS.textMax)];

/** A consent: scope (and the provider, for sharing data with one), form, given and expiry date. */
export const ConsentInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <SelectInput
      source="scope"
      choices={CONSENT_SCOPE_CHOICES}
      validate={validateRequired}
      readOnly={mode === 'edit'}
    />
    <FormDataConsumer<{ scope?: string }>>
      {({ formData }) =>
        formData.scope === 'share_with_provider' ? (
          <ReferenceInput source="providerId" reference="providers" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput
              optionText="name"
              validate={validateRequired}
              readOnly={mode === 'edit'}
              filterToQuery={(text: string) => (text ? { q: text } : {})}
            />
          </ReferenceInput>
        ) : null
      }
    </FormDataConsumer>
    <RadioButtonGroupInput source="form" choices={CONSENT_FORM_CHOICES} validate={validateRequired} row />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <BerlinDateTimeInput source="givenAt" validate={validateRequired} />
      <EndOfDayInput source="expiresAt" />
    </Stack>
    <TextInput source="note" multiline minRows={2} validate={validateNote} />
  </>
);

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

/**
 * A consent: scope (and the provider, for sharing data with one), form, given and expiry date.
 * A consent is evidence (issue 24.3): once recorded only its note changes (`edit`); a longer
 * consent is a new one that replaces the old (`extend`: same scope and provider, new dates).
 */
export const ConsentInputs = ({ mode }: { mode: 'create' | 'edit' | 'extend' }) => (
  <>
    <SelectInput
      source="scope"
      choices={CONSENT_SCOPE_CHOICES}
      validate={validateRequired}
      readOnly={mode !== 'create'}
    />
    <FormDataConsumer<{ scope?: string }>>
      {({ formData }) =>
        formData.scope === 'share_with_provider' ? (
          <ReferenceInput source="providerId" reference="providers" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput
              optionText="name"
              validate={validateRequired}
              readOnly={mode !== 'create'}
              filterToQuery={(text: string) => (text ? { q: text } : {})}
            />
          </ReferenceInput>
        ) : null
      }
    </FormDataConsumer>
    <RadioButtonGroupInput
      source="form"
      choices={CONSENT_FORM_CHOICES}
      validate={validateRequired}
      row
      readOnly={mode === 'edit'}
    />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <BerlinDateTimeInput source="givenAt" validate={validateRequired} readOnly={mode === 'edit'} />
      <EndOfDayInput
        source="expiresAt"
        readOnly={mode === 'edit'}
        helperText={mode === 'edit' ? 'resources.consents.helpers.expiresAtFixed' : undefined}
      />
    </Stack>
    <TextInput source="note" multiline minRows={2} validate={validateNote} />
  </>
);

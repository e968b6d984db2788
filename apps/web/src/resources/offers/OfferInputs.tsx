import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  TextInput,
  email,
  maxLength,
  minValue,
  required,
  type Validator,
  useTranslate,
} from 'react-admin';
import { Alert, Stack } from '@mui/material';
import { LIMITS } from '@lotsen/domain';
import { OFFER_CAPACITY_CHOICES } from '../../common/choices';
import { LanguagesInput } from '../../common/LanguageChips';
import { OpeningScheduleInput } from '../../common/OpeningSchedule';
import { NeedCategoriesInput } from '../../common/needCategories';
import { CostFreeInput } from './CostFree';

const validateRequired = [required()];
const validateTitle = [required(), maxLength(LIMITS.nameMax)];
const validateText = [maxLength(LIMITS.textMax)];
const validateAddress = [maxLength(LIMITS.addressMax)];
const validateEmail = [email(), maxLength(LIMITS.emailMax)];

/** The upper age may not lie below the lower one. */
const notBelowAgeFrom: Validator = (value: unknown, values: Record<string, unknown>) =>
  typeof value === 'number' && typeof values.ageFrom === 'number' && value < values.ageFrom
    ? 'lotsen.validation.ageRange'
    : undefined;
const validateAgeFrom = [minValue(0)];
const validateAgeTo = [minValue(0), notBelowAgeFrom];

const providerQuery = (text: string) => (text ? { q: text } : {});

/**
 * What a provider user may change of their own offers (PROVIDER_EDITABLE_OFFER_FIELDS): the
 * capacity at once, everything else as a proposal the office reviews (issue 21.3).
 */
export const ProviderOfferInputs = () => (
  <>
    <RadioButtonGroupInput
      source="capacity"
      choices={OFFER_CAPACITY_CHOICES}
      validate={validateRequired}
      helperText="resources.offers.ours.capacityHelp"
      row
    />
    <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
      <TranslatedText text="resources.offers.ours.reviewHelp" />
    </Alert>
    <TextInput source="description" multiline minRows={3} validate={validateText} />
    <LanguagesInput />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <NumberInput source="ageFrom" min={0} step={1} validate={validateAgeFrom} />
      <NumberInput source="ageTo" min={0} step={1} validate={validateAgeTo} />
    </Stack>
    <CostFreeInput />
    <TextInput source="openingHours" multiline minRows={2} validate={validateText} />
    <OpeningScheduleInput />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <TextInput source="phone" type="tel" autoComplete="off" />
      <TextInput source="email" type="email" autoComplete="off" validate={validateEmail} />
    </Stack>
  </>
);

const TranslatedText = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return <>{translate(text)}</>;
};

/** Every field of an offer (admins, team leads), shared by create and edit. */
export const OfferInputs = () => (
  <>
    <ReferenceInput source="providerId" reference="providers" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={providerQuery} validate={validateRequired} />
    </ReferenceInput>
    <TextInput source="title" validate={validateTitle} />
    <TextInput source="description" multiline minRows={3} validate={validateText} />
    <NeedCategoriesInput
      source="categoryKeys"
      validate={validateRequired}
      helperText="resources.offers.helpers.categoryKeys"
    />
    <ReferenceArrayInput
      source="districtIds"
      reference="districts"
      sort={{ field: 'name', order: 'ASC' }}
      perPage={100}
    >
      <AutocompleteArrayInput optionText="name" helperText="resources.offers.helpers.districtIds" />
    </ReferenceArrayInput>
    <LanguagesInput helperText="resources.offers.helpers.languages" />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <NumberInput source="ageFrom" min={0} step={1} validate={validateAgeFrom} />
      <NumberInput
        source="ageTo"
        min={0}
        step={1}
        validate={validateAgeTo}
        helperText="resources.offers.helpers.ages"
      />
    </Stack>
    <RadioButtonGroupInput
      source="capacity"
      choices={OFFER_CAPACITY_CHOICES}
      validate={validateRequired}
      row
    />
    <CostFreeInput />
    <TextInput source="openingHours" multiline minRows={2} validate={validateText} />
    <OpeningScheduleInput />
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
      <TextInput source="phone" type="tel" autoComplete="off" />
      <TextInput source="email" type="email" autoComplete="off" validate={validateEmail} />
    </Stack>
    <TextInput source="address" multiline minRows={2} validate={validateAddress} />
    <BooleanInput source="addressHidden" helperText="resources.offers.helpers.addressHidden" />
    <BooleanInput source="active" helperText="resources.offers.helpers.active" />
  </>
);

import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectArrayInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  regex,
  required,
} from 'react-admin';
import { LEIKA_KEY_PATTERN, LIFE_SITUATIONS, LIMITS } from '@lotsen/domain';
import { DayInput } from '../../common/dateInputs';
import { NeedCategoriesInput } from '../../common/needCategories';

const validateTitle = [required(), maxLength(LIMITS.labelMax)];
const validateText = [maxLength(LIMITS.textMax)];
const validateLeika = [regex(LEIKA_KEY_PATTERN, 'lotsen.validation.leikaKey')];
const validateUrl = [regex(/^https:\/\/\S+$/, 'lotsen.validation.httpsUrl'), maxLength(300)];
const validateItem = [required(), maxLength(LIMITS.labelMax)];
const validateRequired = [required()];

const LIFE_SITUATION_CHOICES = LIFE_SITUATIONS.map((s) => ({ id: s.key, name: s.labelDe }));
const providerQuery = (text: string) => (text ? { q: text } : {});
/** An empty text field is "no value" (null) for the API, not an empty string. */
const emptyAsNull = (value: unknown) => (value === '' ? null : value);

/** The inputs of a Verwaltungsleistung, shared by create and edit. */
export const ServiceInputs = () => (
  <>
    <TextInput source="titleDe" validate={validateTitle} />
    <TextInput source="descriptionDe" multiline minRows={3} validate={validateText} parse={emptyAsNull} />
    <ReferenceInput
      source="responsibleProviderId"
      reference="providers"
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteInput
        optionText="name"
        filterToQuery={providerQuery}
        validate={validateRequired}
        helperText="resources.services.helpers.responsibleProviderId"
      />
    </ReferenceInput>
    <TextInput
      source="leikaKey"
      validate={validateLeika}
      parse={emptyAsNull}
      helperText="resources.services.helpers.leikaKey"
    />
    <TextInput
      source="onlineUrl"
      type="url"
      validate={validateUrl}
      parse={emptyAsNull}
      helperText="resources.services.helpers.onlineUrl"
    />
    <ArrayInput source="checklist" helperText="resources.services.helpers.checklist">
      <SimpleFormIterator disableReordering inline>
        <TextInput
          source=""
          label="resources.services.fields.checklist"
          validate={validateItem}
          helperText={false}
        />
      </SimpleFormIterator>
    </ArrayInput>
    <NeedCategoriesInput source="categoryKeys" />
    <SelectArrayInput
      source="lifeSituationKeys"
      choices={LIFE_SITUATION_CHOICES}
      helperText="resources.services.helpers.lifeSituationKeys"
    />
    <DayInput source="lastCheckedAt" helperText="resources.services.helpers.lastCheckedAt" />
    <BooleanInput source="active" helperText="resources.services.helpers.active" />
  </>
);

import { BooleanInput, SelectInput, TextInput, maxLength, required } from 'react-admin';
import { LIMITS, NEED_CATEGORY_KEY_PATTERN } from '@lotsen/domain';
import { GROUP_CHOICES } from '../../common/choices';
import { matching } from '../../common/validation';

const validateKey = [required(), matching(NEED_CATEGORY_KEY_PATTERN, 'lotsen.validation.keyFormat')];
const validateLabel = [required(), maxLength(LIMITS.labelMax)];
const validateGroup = [required()];

/** The inputs of a need category, shared by create and edit; the key is fixed once created. */
export const NeedCategoryInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput
      source="key"
      readOnly={mode === 'edit'}
      validate={validateKey}
      helperText="resources.need-categories.helpers.key"
    />
    <TextInput source="labelDe" validate={validateLabel} />
    <TextInput source="labelEn" validate={validateLabel} />
    <SelectInput source="group" choices={GROUP_CHOICES} validate={validateGroup} />
    <BooleanInput source="sensitive" helperText="resources.need-categories.helpers.sensitive" />
    <BooleanInput source="active" helperText="resources.need-categories.helpers.active" />
  </>
);

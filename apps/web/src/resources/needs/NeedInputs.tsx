import { Labeled, RadioButtonGroupInput, TextInput, maxLength, required } from 'react-admin';
import { LIMITS } from '@lotsen/domain';
import { URGENCY_CHOICES } from '../../common/choices';
import { NeedCategoryField, NeedCategoryInput } from '../../common/needCategories';

const validateDescription = [maxLength(LIMITS.textMax)];
const validateCategory = [required()];

/** A need: its category (fixed once created), a description and the urgency. */
export const NeedInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    {mode === 'create' ? (
      <NeedCategoryInput validate={validateCategory} autoFocus />
    ) : (
      <Labeled label="resources.needs.fields.categoryKey">
        <NeedCategoryField />
      </Labeled>
    )}
    <TextInput source="description" multiline minRows={2} validate={validateDescription} />
    <RadioButtonGroupInput source="urgency" choices={URGENCY_CHOICES} row />
  </>
);

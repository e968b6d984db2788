import {
  BooleanInput,
  FormDataConsumer,
  SelectInput,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import type { TranslationEntity } from '@lotsen/domain';
import { fieldChoices, langChoices, textFitsField } from './translationChoices';

const validateText = [required(), textFitsField];
const validateRequired = [required()];

/**
 * The inputs of a translation: on creation also its language and field; afterwards only the
 * text and "geprüft" (the API refuses to move a text to another language or field). "Geprüft"
 * starts as the text's current state; saving with it on records the admin as reviewer.
 */
export const TranslationInputs = ({
  entity,
  creating,
}: {
  entity: TranslationEntity;
  creating?: boolean;
}) => {
  const record = useRecordContext();
  return (
    <>
      {creating && (
        <>
          <SelectInput source="lang" choices={langChoices(entity)} validate={validateRequired} />
          {entity !== 'life_situation' && (
            <SelectInput source="field" choices={fieldChoices(entity)} validate={validateRequired} />
          )}
        </>
      )}
      <FormDataConsumer>
        {({ formData }) => (
          <TextInput
            source="text"
            multiline
            minRows={formData.field === 'title' ? 1 : 4}
            validate={validateText}
            helperText={
              formData.field === 'checklist'
                ? 'resources.translations.helpers.checklist'
                : 'resources.translations.helpers.text'
            }
          />
        )}
      </FormDataConsumer>
      <BooleanInput
        source="reviewed"
        defaultValue={record?.reviewedAt ? true : false}
        helperText="resources.translations.helpers.reviewed"
      />
    </>
  );
};

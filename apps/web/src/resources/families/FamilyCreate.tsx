import { Create, SimpleForm } from 'react-admin';
import { DuplicateDialog, useDuplicateHint } from '../../common/DuplicateHint';
import { FamilyInputs } from './FamilyInputs';

/**
 * A new family. A same or similar-sounding name in the office answers 409 POSSIBLE_DUPLICATE:
 * the dialog lists those families and offers "Trotzdem neu anlegen" (`confirmNew: true`).
 */
export const FamilyCreate = () => {
  const { hint, onError, clear } = useDuplicateHint();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={{ interpreterNeeded: false, languages: [] }}>
        <FamilyInputs mode="create" />
        <DuplicateDialog hint={hint} onClose={clear} intro="resources.families.duplicates.intro" />
      </SimpleForm>
    </Create>
  );
};

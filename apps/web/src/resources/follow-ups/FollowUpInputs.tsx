import {
  AutocompleteInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  type RaRecord,
} from 'react-admin';
import { LIMITS } from '@lotsen/domain';
import { FOLLOW_UP_STATUS_CHOICES } from '../../common/choices';
import { EndOfDayInput } from '../../common/dateInputs';
import { useCategoryLabel, useNeedCategories } from '../../common/needCategories';
import { StaffInput } from '../../common/staff';

const validateTitle = [required(), maxLength(LIMITS.nameMax)];
const validateDue = [required()];
const validateNote = [maxLength(LIMITS.textMax)];

/** A need of the same family, named by its category. */
const NeedOfFamilyInput = ({ familyId }: { familyId: unknown }) => {
  const { byKey } = useNeedCategories();
  const label = useCategoryLabel();
  const optionText = (need: RaRecord) =>
    [label(byKey.get(need.categoryKey), need.categoryKey), need.description].filter(Boolean).join(' – ');
  return (
    <ReferenceInput
      source="needId"
      reference="needs"
      filter={{ familyId }}
      sort={{ field: 'identifiedAt', order: 'DESC' }}
      perPage={100}
    >
      <AutocompleteInput optionText={optionText} />
    </ReferenceInput>
  );
};

/** A follow-up; the assignee defaults to the family's owner in the API when left empty. */
export const FollowUpInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const record = useRecordContext();
  return (
    <>
      <TextInput source="title" validate={validateTitle} autoFocus={mode === 'create'} autoComplete="off" />
      <EndOfDayInput source="dueAt" validate={validateDue} />
      <StaffInput source="assigneeId" helperText="resources.follow-ups.helpers.assigneeId" />
      {record?.familyId ? <NeedOfFamilyInput familyId={record.familyId} /> : null}
      <TextInput source="note" multiline minRows={2} validate={validateNote} />
      {mode === 'edit' && (
        <SelectInput source="status" choices={FOLLOW_UP_STATUS_CHOICES} validate={required()} />
      )}
    </>
  );
};

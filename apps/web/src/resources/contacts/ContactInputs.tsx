import {
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  Labeled,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  TextInput,
  maxLength,
  required,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert, Stack } from '@mui/material';
import { LIMITS } from '@lotsen/domain';
import { CHANNEL_CHOICES } from '../../common/choices';
import { ConfidentialChip } from '../../common/chips';
import { BerlinDateTimeInput } from '../../common/dateInputs';
import { NeedCategoriesInput } from '../../common/needCategories';
import { DistrictInput } from '../families/FamilyInputs';

const validateText = [maxLength(LIMITS.textMax)];
const validateSummary = [maxLength(LIMITS.labelMax)];
const familyQuery = (text: string) => (text ? { q: text } : {});

/** Notes and the confidential flag: personal data, so only on a family's contact. */
const NotesInputs = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: isAuthor } = useCanAccess({
    resource: 'contacts',
    action: 'confidentialNote.read',
    record: { authorId: record?.counsellorId ?? null },
    enabled: !!record?.id,
  });
  // Only the author may read or change the notes of a confidential contact.
  if (record?.id && record.confidential && !isAuthor) {
    return (
      <Labeled label="resources.contacts.fields.notes">
        <ConfidentialChip />
      </Labeled>
    );
  }
  return (
    <>
      <TextInput source="notes" multiline minRows={3} validate={validateText} />
      <BooleanInput source="confidential" helperText={translate('resources.contacts.helpers.confidential')} />
    </>
  );
};

interface ContactInputsProps {
  mode: 'create' | 'edit';
  /** Offer the family picker (the contacts page); on the family page the family is given. */
  withFamily?: boolean;
}

/** The inputs of a contact; anonymous contacts (no family) hold no personal field. */
export const ContactInputs = ({ mode, withFamily = false }: ContactInputsProps) => {
  const translate = useTranslate();
  return (
    <>
      {withFamily && mode === 'create' && (
        <ReferenceInput source="familyId" reference="families" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput
            optionText="name"
            filterToQuery={familyQuery}
            helperText="resources.contacts.helpers.familyId"
          />
        </ReferenceInput>
      )}
      {mode === 'edit' && (
        <Labeled label="resources.contacts.fields.familyId">
          <ReferenceField
            source="familyId"
            reference="families"
            emptyText={translate('lotsen.common.anonymous')}
          />
        </Labeled>
      )}
      <RadioButtonGroupInput source="channel" choices={CHANNEL_CHOICES} validate={required()} row />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
        <BerlinDateTimeInput source="occurredAt" helperText="resources.contacts.helpers.occurredAt" />
        <NumberInput source="durationMinutes" min={0} step={5} />
      </Stack>
      <DistrictInput helperText="resources.contacts.helpers.districtId" />
      <TextInput
        source="summary"
        validate={validateSummary}
        helperText="resources.contacts.helpers.summary"
      />
      {mode === 'create' && (
        <NeedCategoriesInput source="needCategoryKeys" label="resources.contacts.fields.needs" />
      )}
      <FormDataConsumer<{ familyId?: string | null }>>
        {({ formData }) =>
          formData.familyId ? (
            <NotesInputs />
          ) : (
            <Alert severity="info" sx={{ mt: 1, mb: 1 }}>
              {translate('resources.contacts.helpers.anonymous')}
            </Alert>
          )
        }
      </FormDataConsumer>
    </>
  );
};

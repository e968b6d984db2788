import {
  AutocompleteInput,
  BooleanInput,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  maxLength,
  required,
  useRecordContext,
} from 'react-admin';
import { Stack } from '@mui/material';
import { LIMITS } from '@lotsen/domain';
import { EDITABLE_FAMILY_STATUS_CHOICES } from '../../common/choices';
import { StaffInput } from '../../common/staff';

const validateName = [required(), maxLength(LIMITS.nameMax)];

/** District picker: active districts by name. */
export const DistrictInput = ({
  source = 'districtId',
  ...props
}: {
  source?: string;
  helperText?: string;
}) => (
  <ReferenceInput source={source} reference="districts" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
    <AutocompleteInput optionText="name" autoHighlight {...props} />
  </ReferenceInput>
);

/** The inputs of a family, shared by create and edit. The owner changes only by handoff. */
export const FamilyInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  const record = useRecordContext();
  return (
    <>
      <TextInput
        source="name"
        validate={validateName}
        helperText="resources.families.helpers.name"
        autoFocus={mode === 'create'}
        autoComplete="off"
      />
      <DistrictInput />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="householdSize" min={1} step={1} />
        <NumberInput source="childrenCount" min={0} step={1} />
        <NullableBooleanInput source="singleParent" />
      </Stack>
      <TextArrayInput source="languages" helperText="resources.families.helpers.languages" />
      <BooleanInput source="interpreterNeeded" />
      {mode === 'create' && <StaffInput source="ownerId" helperText="resources.families.helpers.ownerId" />}
      {mode === 'edit' && (
        <SelectInput
          source="status"
          choices={EDITABLE_FAMILY_STATUS_CHOICES}
          readOnly={record?.status === 'anonymized'}
          helperText="resources.families.helpers.status"
          validate={required()}
        />
      )}
    </>
  );
};

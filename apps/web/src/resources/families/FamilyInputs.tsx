import {
  AutocompleteInput,
  BooleanInput,
  NullableBooleanInput,
  NumberInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  useGetList,
} from 'react-admin';
import { Stack } from '@mui/material';
import { LIMITS } from '@lotsen/domain';
import { EDITABLE_FAMILY_STATUS_CHOICES } from '../../common/choices';
import { StaffInput } from '../../common/staff';

const validateName = [required(), maxLength(LIMITS.nameMax)];

/** District picker: active districts by name. */
/**
 * The district picker. The list is short, so it is loaded once and filtered in the browser:
 * typing "Stern" and pressing Enter picks Stern at once, with no server round trip during which
 * Enter would take the first entry of the unfiltered list.
 */
export const DistrictInput = ({
  source = 'districtId',
  ...props
}: {
  source?: string;
  helperText?: string;
}) => {
  const { data, isPending } = useGetList<{ id: string; name: string }>('districts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  return (
    <AutocompleteInput
      source={source}
      choices={data ?? []}
      isPending={isPending}
      optionText="name"
      autoHighlight
      {...props}
    />
  );
};

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

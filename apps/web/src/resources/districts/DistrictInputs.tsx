import { BooleanInput, SelectInput, TextArrayInput, TextInput, maxLength, required } from 'react-admin';
import { DISTRICT_CODE_PATTERN, LIMITS } from '@lotsen/domain';
import { SOZIALRAUM_CHOICES } from '../../common/choices';
import { matching } from '../../common/validation';

/** The empty choice means "no Sozialraum" (the pseudo-districts `unknown`, `outside`). */
const emptyToNull = (value: unknown) => (value === '' ? null : value);

const validateCode = [required(), matching(DISTRICT_CODE_PATTERN, 'lotsen.validation.codeFormat')];
const validateName = [required(), maxLength(LIMITS.nameMax)];

/** The inputs of a district, shared by create and edit; the code is fixed once created. */
export const DistrictInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput
      source="code"
      readOnly={mode === 'edit'}
      validate={validateCode}
      helperText="resources.districts.helpers.code"
    />
    <TextInput source="name" validate={validateName} />
    <SelectInput
      source="sozialraum"
      choices={SOZIALRAUM_CHOICES}
      emptyText="lotsen.sozialraum.none"
      parse={emptyToNull}
    />
    <TextArrayInput source="stadtteile" helperText="resources.districts.helpers.stadtteile" />
    <BooleanInput source="active" />
  </>
);

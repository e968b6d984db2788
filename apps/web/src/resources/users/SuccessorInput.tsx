import { AutocompleteInput, FormDataConsumer, ReferenceInput, useRecordContext } from 'react-admin';
import { OFFICE_ROLES, type Role } from '@lotsen/domain';
import { StaffOption, staffInputText, staffMatches } from '../../common/staff';

interface UserForm {
  id?: string;
  officeId?: string | null;
  active?: boolean;
  role?: Role;
}

/**
 * Issue 24.2: when the admin moves a counsellor or team lead to another office, deactivates them
 * or gives them a role without cases, their families and open follow-ups of the old office go to
 * a successor. Empty: the office's active team lead (the API answers SUCCESSOR_REQUIRED when
 * there is none). Write-only: `successorId` is sent with the PUT, never stored on the user.
 */
export const SuccessorInput = () => {
  const record = useRecordContext<UserForm & { id: string }>();
  return (
    <FormDataConsumer<UserForm>>
      {({ formData }) => {
        if (!record?.officeId || !record.role || !OFFICE_ROLES.includes(record.role)) return null;
        const leaves =
          formData.officeId !== record.officeId ||
          (record.active !== false && formData.active === false) ||
          !formData.role ||
          !OFFICE_ROLES.includes(formData.role);
        if (!leaves) return null;
        return (
          <ReferenceInput
            source="successorId"
            reference="users"
            filter={{ officeId: record.officeId, active: true }}
            sort={{ field: 'displayName', order: 'ASC' }}
          >
            <AutocompleteInput
              optionText={<StaffOption />}
              inputText={staffInputText}
              matchSuggestion={staffMatches}
              filterToQuery={(text: string) => (text ? { q: text } : {})}
              helperText="resources.users.helpers.successorId"
            />
          </ReferenceInput>
        );
      }}
    </FormDataConsumer>
  );
};

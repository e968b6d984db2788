import {
  AutocompleteInput,
  ReferenceField,
  ReferenceInput,
  TextField,
  useCanAccess,
  useRecordContext,
} from 'react-admin';

/** Admins read users; team leads read only their office's staff. */
function useUserReference(): string {
  const { canAccess } = useCanAccess({ resource: 'users', action: 'list' });
  return canAccess ? 'users' : 'staff';
}

/** Who did it: the user's name where the caller may read it, else the id. */
export const AuditUserField = (_props: { label?: string }) => {
  const reference = useUserReference();
  const record = useRecordContext();
  if (!record?.userId) return <TextField source="userId" emptyText="–" />;
  return (
    <ReferenceField
      source="userId"
      reference={reference}
      link={false}
      emptyText={String(record.userId).slice(0, 8)}
    />
  );
};

const nameQuery = (text: string) => (text ? { q: text } : {});

/** Filter by user. */
export const AuditUserInput = (_props: { source: string; alwaysOn?: boolean }) => {
  const reference = useUserReference();
  return (
    <ReferenceInput
      source="userId"
      reference={reference}
      sort={{ field: 'displayName', order: 'ASC' }}
      perPage={100}
    >
      <AutocompleteInput optionText="displayName" filterToQuery={nameQuery} />
    </ReferenceInput>
  );
};

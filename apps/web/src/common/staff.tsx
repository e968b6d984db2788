import {
  AutocompleteInput,
  ReferenceField,
  ReferenceInput,
  type AutocompleteInputProps,
  type ReferenceFieldProps,
} from 'react-admin';

/** A colleague's name (GET /api/staff: active counsellors and team leads of the office). */
export const StaffField = (props: Omit<ReferenceFieldProps, 'reference'>) => (
  <ReferenceField reference="staff" link={false} emptyText="–" {...props} />
);

const staffQuery = (text: string) => (text ? { q: text } : {});

/** Picks a colleague of the office. */
export const StaffInput = ({
  source,
  label,
  filter,
  ...props
}: Omit<AutocompleteInputProps, 'source'> & { source: string; filter?: Record<string, unknown> }) => (
  <ReferenceInput
    source={source}
    reference="staff"
    sort={{ field: 'displayName', order: 'ASC' }}
    perPage={100}
    filter={filter}
  >
    <AutocompleteInput
      optionText="displayName"
      filterToQuery={staffQuery}
      label={label}
      autoHighlight
      {...props}
    />
  </ReferenceInput>
);

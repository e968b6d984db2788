import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  ReferenceField,
  ReferenceInput,
  TextField,
  useRecordContext,
  useTranslate,
  type AutocompleteInputProps,
  type RaRecord,
  type ReferenceFieldProps,
} from 'react-admin';

/** A colleague's name (GET /api/staff: active counsellors and team leads of the office). */
export const StaffField = (props: Omit<ReferenceFieldProps, 'reference'>) => (
  <ReferenceField reference="staff" link={false} emptyText="–" {...props} />
);

const staffQuery = (text: string) => (text ? { q: text } : {});

interface StaffRecord extends RaRecord {
  displayName?: string;
  email?: string;
  role?: string;
  /** GET /api/staff names the office; a user record (admin) has its id. */
  officeName?: string | null;
  officeId?: string | null;
}

/** What a picker shows as the chosen colleague, and matches typed text against. */
export const staffInputText = (record: StaffRecord) => record?.displayName ?? '';
export const staffMatches = (filter: string, record: StaffRecord) =>
  (record.displayName ?? '').toLocaleLowerCase('de').includes(filter.toLocaleLowerCase('de'));

/**
 * Issue 25.11: a colleague in a picker — name (and role), office, and the work e-mail when the
 * option has the focus (keyboard or pointer), so that two people of the same name are told apart.
 */
export const StaffOption = ({ showRole = false }: { showRole?: boolean }) => {
  const record = useRecordContext<StaffRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const role =
    showRole && record.role ? ` (${translate(`lotsen.roles.${record.role}`, { _: record.role })})` : '';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
      <Typography component="span" variant="body1">
        {record.displayName}
        {role}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary">
        {record.officeName !== undefined ? (
          record.officeName
        ) : record.officeId ? (
          <ReferenceField source="officeId" reference="offices" link={false}>
            <TextField source="name" variant="caption" />
          </ReferenceField>
        ) : null}
      </Typography>
      {record.email ? (
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
          sx={{ display: 'none', '.Mui-focused &, li:hover &': { display: 'block' } }}
        >
          {record.email}
        </Typography>
      ) : null}
    </Box>
  );
};

/** Picks a colleague of the office (active only: GET /api/staff offers no inactive user). */
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
      optionText={<StaffOption />}
      inputText={staffInputText}
      matchSuggestion={staffMatches}
      filterToQuery={staffQuery}
      label={label}
      autoHighlight
      {...props}
    />
  </ReferenceInput>
);

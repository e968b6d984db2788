import { Link as MuiLink, Stack, Typography } from '@mui/material';
import EmailIcon from '@mui/icons-material/Email';
import PhoneIcon from '@mui/icons-material/Phone';
import {
  List,
  ReferenceField,
  SelectInput,
  TextField,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { REFERRAL_STATUS_CHOICES } from '../../common/choices';
import { LocaleDateField } from '../../common/LocaleDateField';
import { NeedCategoryField } from '../../common/needCategories';
import { ReferralStatusField } from './ReferralFields';
import { ReferralActions } from './ReferralActions';

/** A provider never sees drafts. */
const STATUS_CHOICES = REFERRAL_STATUS_CHOICES.filter((choice) => choice.id !== 'draft');

const filters = [<SelectInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn />];

interface IncomingReferral {
  id: string;
  family?: { name?: string | null; phone?: string | null; email?: string | null } | null;
}

/**
 * The family as the provider sees it: the name, and phone or e-mail only where the family
 * consented to be contacted that way (the API leaves the others out).
 */
const FamilyContactField = () => {
  const record = useRecordContext<IncomingReferral>();
  const translate = useTranslate();
  const family = record?.family;
  if (!family) return null;
  const phone = family.phone ?? null;
  const email = family.email ?? null;
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {family.name ?? '–'}
      </Typography>
      {phone ? (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <PhoneIcon fontSize="inherit" color="action" aria-hidden />
          <MuiLink variant="body2" href={`tel:${phone.replace(/[^+\d]/g, '')}`}>
            {phone}
          </MuiLink>
        </Stack>
      ) : null}
      {email ? (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <EmailIcon fontSize="inherit" color="action" aria-hidden />
          <MuiLink variant="body2" href={`mailto:${email}`} sx={{ wordBreak: 'break-all' }}>
            {email}
          </MuiLink>
        </Stack>
      ) : null}
      {!phone && !email ? (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.referrals.incoming.noContact')}
        </Typography>
      ) : null}
    </Stack>
  );
};

/**
 * The start page of a provider's user: "Eingegangene Vermittlungen" — the warm referrals sent to
 * the provider with a valid consent, in the reduced shape of docs/api-referrals.md — with
 * Annehmen, Ablehnen, In Bearbeitung and Abschließen.
 */
export const IncomingReferrals = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Typography component="h1" variant="h5">
        {identity?.fullName
          ? translate('lotsen.dashboard.welcome', { name: identity.fullName })
          : translate('lotsen.dashboard.welcomeAnonymous')}
      </Typography>
      <Typography component="h2" variant="h6" sx={{ mt: '8px !important' }}>
        {translate('resources.referrals.incoming.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: '4px !important' }}>
        {translate('resources.referrals.incoming.intro')}
      </Typography>
      <List
        resource="referrals"
        storeKey="incoming-referrals"
        title="resources.referrals.incoming.title"
        sort={{ field: 'sentAt', order: 'DESC' }}
        filters={filters}
        perPage={25}
        exporter={false}
        disableSyncWithLocation
        empty={false}
        sx={{ '& .RaList-main': { mt: 0 } }}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="sentAt">
            <LocaleDateField source="sentAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="family" disableSort field={FamilyContactField} />
          <DataTable.Col source="categoryKey" disableSort field={NeedCategoryField} />
          <DataTable.Col source="offerId" disableSort>
            <ReferenceField source="offerId" reference="offers" link={false} emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort>
            <TextField source="note" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
          </DataTable.Col>
          <DataTable.Col source="status" field={ReferralStatusField} />
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <ReferralActions />
          </DataTable.Col>
        </DataTable>
      </List>
    </Stack>
  );
};

import { Alert, Box, Checkbox, FormControlLabel, Typography } from '@mui/material';
import { useGetList, useTranslate, type RaRecord } from 'react-admin';
import type { ConsentLike } from './consentDecision';
import { warmReferralData, type ContactScope, type ContactWay, type PersonLike } from './warmReferralData';

interface WarmReferralPreviewProps {
  familyId: string;
  familyName: string;
  category: string;
  note: string;
  providerName: string;
  /** The contact consents the counsellor records in this step. */
  recording: readonly ContactScope[];
  onRecording: (scopes: ContactScope[]) => void;
}

/** The family's persons and consents, for the preview (and to know what must be recorded). */
export function useFamilyContactData(familyId: string, enabled: boolean) {
  const persons = useGetList<PersonLike & RaRecord>(
    'persons',
    {
      filter: { familyId },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'createdAt', order: 'ASC' },
    },
    { enabled },
  );
  const consents = useGetList<ConsentLike & RaRecord>(
    'consents',
    {
      filter: { familyId },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'givenAt', order: 'DESC' },
    },
    { enabled },
  );
  return {
    persons: persons.data ?? [],
    consents: consents.data ?? [],
    isPending: persons.isPending || consents.isPending,
  };
}

/**
 * Issue 25.9: before a warm referral is sent, exactly what the provider will receive — the
 * family's name, the need's category, the note, and a phone number or e-mail address only with
 * the family's consent to be contacted that way. Without any way to reach the family it warns,
 * and a missing contact consent can be recorded in the same step (when the number is on file).
 */
export const WarmReferralPreview = ({
  familyId,
  familyName,
  category,
  note,
  providerName,
  recording,
  onRecording,
}: WarmReferralPreviewProps) => {
  const translate = useTranslate();
  const { persons, consents, isPending } = useFamilyContactData(familyId, true);
  if (isPending) return null;
  const data = warmReferralData(persons, consents, recording);
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`resources.referrals.refer.preview.${key}`, args);

  const line = (label: string, value: string) => (
    <Box component="li" sx={{ mb: 0.25 }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
        {label}:
      </Typography>{' '}
      <Typography component="span" variant="body2">
        {value}
      </Typography>
    </Box>
  );
  const contactLine = (way: ContactWay, label: string) =>
    line(label, way.value === null ? t('notOnFile') : way.consented ? way.value : t('noConsent'));
  const recordable = [data.phone, data.email].filter(
    (way) => way.value !== null && (!way.consented || recording.includes(way.scope)),
  );
  const toggle = (scope: ContactScope, on: boolean) =>
    onRecording(on ? [...recording, scope] : recording.filter((s) => s !== scope));

  return (
    <Box sx={{ mt: 2 }} aria-live="polite">
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('title', { provider: providerName })}
      </Typography>
      <Box component="ul" sx={{ pl: 3, my: 0.5 }}>
        {line(t('name'), familyName)}
        {line(t('category'), category)}
        {line(t('note'), note.trim() ? note.trim() : t('noNote'))}
        {contactLine(data.phone, t('phone'))}
        {contactLine(data.email, t('email'))}
      </Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {t('nothingElse')}
      </Typography>
      {!data.reachable ? (
        <Alert severity="warning" role="status" sx={{ mt: 1 }}>
          {t(recordable.length > 0 ? 'unreachable' : 'unreachableNoData')}
        </Alert>
      ) : null}
      {recordable.map((way) => (
        <FormControlLabel
          key={way.scope}
          sx={{ display: 'flex', mt: 0.5 }}
          control={
            <Checkbox
              checked={recording.includes(way.scope)}
              onChange={(event) => toggle(way.scope, event.target.checked)}
            />
          }
          label={t(way.scope === 'contact_by_phone' ? 'recordPhone' : 'recordEmail', { value: way.value })}
        />
      ))}
    </Box>
  );
};

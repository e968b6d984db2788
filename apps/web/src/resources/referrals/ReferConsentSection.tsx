import { useId } from 'react';
import {
  Alert,
  Checkbox,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { CONSENT_FORMS, type ConsentForm } from '@lotsen/domain';
import { formatDateTime } from '../../common/dates';
import type { consentDecision } from './consentDecision';

interface ReferConsentSectionProps {
  decision: ReturnType<typeof consentDecision> | null;
  providerName: string;
  locale: string;
  consentForm: ConsentForm;
  onConsentForm: (form: ConsentForm) => void;
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
}

/** For a warm referral: the consent that is linked, or the inline record of a new one. */
export const ReferConsentSection = ({
  decision,
  providerName,
  locale,
  consentForm,
  onConsentForm,
  confirmed,
  onConfirmed,
}: ReferConsentSectionProps) => {
  const translate = useTranslate();
  const formLabelId = useId();
  if (!decision) {
    return (
      <Alert severity="info" role="status" icon={<CircularProgress size={18} />} sx={{ mt: 1 }}>
        {translate('resources.referrals.refer.consentChecking')}
      </Alert>
    );
  }
  if (decision.kind === 'valid') {
    return (
      <Alert severity="success" role="status" sx={{ mt: 1 }}>
        {translate('resources.referrals.refer.consentValid', {
          date: formatDateTime(decision.consent.givenAt, locale),
        })}
      </Alert>
    );
  }
  if (decision.kind !== 'record') return null;
  return (
    <Alert severity="warning" role="status" sx={{ mt: 1 }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.referrals.refer.consentMissing')}
      </Typography>
      <FormControl>
        <FormLabel id={formLabelId}>{translate('resources.referrals.refer.consentForm')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={formLabelId}
          value={consentForm}
          onChange={(event) => onConsentForm(event.target.value as ConsentForm)}
        >
          {CONSENT_FORMS.map((form) => (
            <FormControlLabel
              key={form}
              value={form}
              control={<Radio size="small" />}
              label={translate(`lotsen.consentForms.${form}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <FormControlLabel
        sx={{ display: 'flex', mt: 1 }}
        control={
          <Checkbox checked={confirmed} onChange={(event) => onConfirmed(event.target.checked)} required />
        }
        label={translate('resources.referrals.refer.consentConfirm', { provider: providerName })}
      />
    </Alert>
  );
};

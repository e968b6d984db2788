import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ReferralStatusChip } from '../../common/chips';

/** The outcome of a completed referral, or the reason of a declined one; nothing otherwise. */
export const ReferralResultField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const text = record.outcome
    ? translate(`lotsen.referralOutcomes.${record.outcome}`, { _: String(record.outcome) })
    : record.declineReason
      ? translate(`lotsen.declineReasons.${record.declineReason}`, { _: String(record.declineReason) })
      : null;
  if (!text) return null;
  return (
    <Typography component="span" variant="caption" color="text.secondary">
      {text}
    </Typography>
  );
};

/** The status chip with the outcome or the decline reason beside it. */
export const ReferralStatusField = () => (
  <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
    <ReferralStatusChip />
    <ReferralResultField />
  </Stack>
);

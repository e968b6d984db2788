import { Stack } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { ShowButton } from 'react-admin';
import { ReferralMoveButtons } from './ReferralMoveButtons';

/** A row's actions: open the referral's page (its messages) and the moves it allows. */
export const ReferralActions = () => (
  <Stack direction="row" spacing={1} useFlexGap sx={{ justifyContent: 'flex-end', flexWrap: 'wrap' }}>
    <ShowButton resource="referrals" label="resources.referrals.show.open" icon={<VisibilityIcon />} />
    <ReferralMoveButtons />
  </Stack>
);

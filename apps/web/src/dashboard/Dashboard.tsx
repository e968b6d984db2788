import { Suspense } from 'react';
import { Box, Grid, Stack, Typography } from '@mui/material';
import { Loading, Title, useCanAccess, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { isRole } from '@lotsen/domain';
import { IncomingReferralsPage } from '../resources/referrals';
import { DueFollowUps } from './DueFollowUps';
import { MyOpenFamilies } from './MyOpenFamilies';
import { MyRecentContacts } from './MyRecentContacts';
import { ReferralOutcomes } from './ReferralOutcomes';
import { TeamCaseload } from './TeamCaseload';
import { TeamOverdueFollowUps } from './TeamOverdueFollowUps';
import { UnansweredReferrals } from './UnansweredReferrals';
import { Welcome } from './Welcome';

/**
 * The start page. Counsellors (and team leads, who carry cases too) see their due follow-ups,
 * open families and recent contacts; team leads first see their team (team.overview), the
 * unanswered referrals and the referral outcomes. A provider's users see their incoming
 * referrals. Other roles keep the greeting (analysts with the referral outcomes). Which widgets
 * show follows the policy.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<unknown>();
  const role = isRole(permissions) ? permissions : null;
  const { canAccess: caseWork, isPending } = useCanAccess({ resource: 'families', action: 'list' });
  const { canAccess: teamOverview } = useCanAccess({ resource: 'team', action: 'team.overview' });
  const { canAccess: incoming, isPending: incomingPending } = useCanAccess({
    resource: 'referrals',
    action: 'incoming',
  });
  const { canAccess: reports } = useCanAccess({ resource: 'reports', action: 'report.read' });

  if (isPending || incomingPending) return <Title title="lotsen.dashboard.title" />;

  if (incoming) {
    return (
      <Suspense fallback={<Loading />}>
        <IncomingReferralsPage />
      </Suspense>
    );
  }

  if (!caseWork) {
    return (
      <Stack spacing={2} sx={{ mt: 2, maxWidth: reports ? undefined : 760 }}>
        <Title title="lotsen.dashboard.title" />
        <Welcome role={role} hint="lotsen.dashboard.menuHint" />
        {reports && (
          <Box>
            <ReferralOutcomes />
          </Box>
        )}
      </Stack>
    );
  }

  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title="lotsen.dashboard.title" />
      <Typography component="h1" variant="h5">
        {identity?.fullName
          ? translate('lotsen.dashboard.welcome', { name: identity.fullName })
          : translate('lotsen.dashboard.welcomeAnonymous')}
      </Typography>
      {role && (
        <Typography variant="subtitle1" color="text.secondary" sx={{ mt: '0 !important' }}>
          {translate('lotsen.dashboard.yourRole', { role: translate(`lotsen.roles.${role}`) })}
        </Typography>
      )}
      <Grid container spacing={2}>
        {teamOverview && (
          <>
            <Grid size={{ xs: 12, lg: 6 }}>
              <TeamOverdueFollowUps />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <TeamCaseload />
            </Grid>
            <Grid size={{ xs: 12, xl: 8 }}>
              <ReferralOutcomes />
            </Grid>
            <Grid size={{ xs: 12, xl: 4 }}>
              <UnansweredReferrals />
            </Grid>
          </>
        )}
        <Grid size={{ xs: 12, xl: 6 }}>
          <DueFollowUps />
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <MyOpenFamilies />
        </Grid>
        <Grid size={{ xs: 12, md: 6, xl: 3 }}>
          <MyRecentContacts />
        </Grid>
      </Grid>
    </Stack>
  );
};

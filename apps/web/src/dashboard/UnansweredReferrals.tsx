import { List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import {
  Link,
  RecordContextProvider,
  ReferenceField,
  TextField,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { DEFAULT_REFERRAL_UNANSWERED_DAYS } from '@lotsen/domain';
import { formatDateTime } from '../common/dates';
import { NeedCategoryField } from '../common/needCategories';
import { DashboardCard } from './DashboardCard';
import { daysSince } from './referralOutcomes';
import { filteredListPath } from './useTeamOverview';

/**
 * Team lead: referrals sent more than REFERRAL_UNANSWERED_DAYS ago that the provider has not
 * answered (GET /api/referrals?filter={"unanswered":true}), the oldest first.
 */
export const UnansweredReferrals = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filter = { unanswered: true };
  const { data, total, isPending, error } = useGetList('referrals', {
    filter,
    sort: { field: 'sentAt', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  });
  return (
    <DashboardCard
      title="lotsen.dashboard.unanswered"
      icon={MarkEmailUnreadIcon}
      to={filteredListPath('referrals', filter)}
      isPending={isPending}
      error={error}
      isEmpty={total === 0}
      emptyText="lotsen.dashboard.noUnanswered"
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('lotsen.dashboard.unansweredIntro', { days: DEFAULT_REFERRAL_UNANSWERED_DAYS })}
      </Typography>
      <List dense disablePadding>
        {(data ?? []).map((referral) => (
          <RecordContextProvider key={referral.id} value={referral}>
            <ListItem disablePadding divider>
              <ListItemButton component={Link} to={`/families/${referral.familyId}/show/referrals`}>
                <ListItemText
                  primary={
                    <>
                      <ReferenceField source="familyId" reference="families" link={false} /> ·{' '}
                      <ReferenceField source="providerId" reference="providers" link={false}>
                        <TextField source="name" />
                      </ReferenceField>
                    </>
                  }
                  secondary={
                    <>
                      <NeedCategoryField /> ·{' '}
                      {referral.sentAt
                        ? `${formatDateTime(referral.sentAt, locale)}, ${translate(
                            'lotsen.dashboard.sentDaysAgo',
                            {
                              smart_count: daysSince(referral.sentAt),
                            },
                          )}`
                        : null}
                    </>
                  }
                  slotProps={{ primary: { component: 'span' }, secondary: { component: 'span' } }}
                />
              </ListItemButton>
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
    </DashboardCard>
  );
};

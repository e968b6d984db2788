import { List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import {
  RecordContextProvider,
  ReferenceField,
  useGetIdentity,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { OverdueChip } from '../common/chips';
import { formatDateTime, todayInBerlin } from '../common/dates';
import { MarkDoneButton } from '../resources/follow-ups/MarkDoneButton';
import { DashboardCard } from './DashboardCard';

/** Today's and overdue follow-ups of the caller (assigneeId = me, open, due by today). */
export const DueFollowUps = () => {
  const { identity } = useGetIdentity();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList(
    'follow-ups',
    {
      filter: { assigneeId: identity?.id, status: 'open', dueBefore: todayInBerlin() },
      sort: { field: 'dueAt', order: 'ASC' },
      pagination: { page: 1, perPage: 10 },
    },
    { enabled: !!identity?.id },
  );
  return (
    <DashboardCard
      title="lotsen.dashboard.dueFollowUps"
      icon={AlarmIcon}
      to="/my-follow-ups"
      isPending={isPending}
      error={error}
      isEmpty={total === 0}
      emptyText="lotsen.dashboard.noDueFollowUps"
    >
      <List dense disablePadding>
        {(data ?? []).map((followUp) => (
          <RecordContextProvider key={followUp.id} value={followUp}>
            <ListItem divider secondaryAction={<MarkDoneButton />} sx={{ pr: 16 }}>
              <ListItemText
                primary={
                  <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                    {followUp.title}
                    <OverdueChip />
                  </Stack>
                }
                secondary={
                  <>
                    {formatDateTime(followUp.dueAt, locale)} ·{' '}
                    <ReferenceField source="familyId" reference="families" />
                  </>
                }
                slotProps={{ primary: { component: 'div' }, secondary: { component: 'span' } }}
              />
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
      {total ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('lotsen.dashboard.dueFollowUpsCount', { shown: data?.length ?? 0, total })}
        </Typography>
      ) : null}
    </DashboardCard>
  );
};

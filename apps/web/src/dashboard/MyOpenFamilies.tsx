import { List, ListItem, ListItemButton, ListItemText } from '@mui/material';
import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import { Link, useGetIdentity, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { DashboardCard } from './DashboardCard';
import { filteredListPath } from './useTeamOverview';

/** The caller's active families, most recently active first. */
export const MyOpenFamilies = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filter = { ownerId: identity?.id, status: 'active' };
  const { data, total, isPending, error } = useGetList(
    'families',
    { filter, sort: { field: 'lastActivityAt', order: 'DESC' }, pagination: { page: 1, perPage: 8 } },
    { enabled: !!identity?.id },
  );
  return (
    <DashboardCard
      title="lotsen.dashboard.myFamilies"
      icon={FamilyRestroomIcon}
      to={filteredListPath('families', filter)}
      isPending={isPending}
      error={error}
      isEmpty={total === 0}
      emptyText="lotsen.dashboard.noFamilies"
    >
      <List dense disablePadding>
        {(data ?? []).map((family) => (
          <ListItem key={family.id} disablePadding divider>
            <ListItemButton component={Link} to={`/families/${family.id}/show`}>
              <ListItemText
                primary={family.name}
                secondary={translate('lotsen.dashboard.lastActivity', {
                  date: formatDateTime(family.lastActivityAt, locale, true),
                })}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </DashboardCard>
  );
};

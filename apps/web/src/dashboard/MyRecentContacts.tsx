import { List, ListItem, ListItemButton, ListItemText } from '@mui/material';
import ForumIcon from '@mui/icons-material/Forum';
import {
  Link,
  RecordContextProvider,
  ReferenceField,
  useGetIdentity,
  useGetList,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatDateTime } from '../common/dates';
import { DashboardCard } from './DashboardCard';
import { filteredListPath } from './useTeamOverview';

/** The caller's latest contacts, anonymous ones included. */
export const MyRecentContacts = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const filter = { counsellorId: identity?.id };
  const { data, total, isPending, error } = useGetList(
    'contacts',
    { filter, sort: { field: 'occurredAt', order: 'DESC' }, pagination: { page: 1, perPage: 8 } },
    { enabled: !!identity?.id },
  );
  return (
    <DashboardCard
      title="lotsen.dashboard.myContacts"
      icon={ForumIcon}
      to={filteredListPath('contacts', filter)}
      isPending={isPending}
      error={error}
      isEmpty={total === 0}
      emptyText="lotsen.dashboard.noContacts"
    >
      <List dense disablePadding>
        {(data ?? []).map((contact) => (
          <RecordContextProvider key={contact.id} value={contact}>
            <ListItem disablePadding divider>
              <ListItemButton component={Link} to={`/contacts/${contact.id}/show`}>
                <ListItemText
                  primary={
                    <>
                      {translate(`lotsen.channels.${contact.channel}`, { _: contact.channel })} ·{' '}
                      {contact.familyId ? (
                        <ReferenceField source="familyId" reference="families" link={false} />
                      ) : (
                        translate('lotsen.common.anonymous')
                      )}
                    </>
                  }
                  secondary={[formatDateTime(contact.occurredAt, locale, true), contact.summary]
                    .filter(Boolean)
                    .join(' · ')}
                  slotProps={{ primary: { component: 'span' } }}
                />
              </ListItemButton>
            </ListItem>
          </RecordContextProvider>
        ))}
      </List>
    </DashboardCard>
  );
};

import type { ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Skeleton,
  Typography,
} from '@mui/material';
import ForumIcon from '@mui/icons-material/Forum';
import AssignmentIcon from '@mui/icons-material/Assignment';
import TransferWithinAStationIcon from '@mui/icons-material/TransferWithinAStation';
import EventNoteIcon from '@mui/icons-material/EventNote';
import {
  Link,
  RecordContextProvider,
  useDataProvider,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { formatDateTime } from '../../../common/dates';
import { StaffField } from '../../../common/staff';
import type { LotsenDataProvider, TimelineEntry } from '../../../providers/dataProvider';
import { EmptyHint } from './TabActions';

const ICONS: Record<TimelineEntry['type'], ComponentType> = {
  contact: ForumIcon,
  need: AssignmentIcon,
  handoff: TransferWithinAStationIcon,
  follow_up: EventNoteIcon,
};

/** Where an entry leads: the contact's page, or the family's tab of needs or follow-ups. */
function linkOf(entry: TimelineEntry, familyId: Identifier): string | null {
  switch (entry.type) {
    case 'contact':
      return `/contacts/${entry.id}/show`;
    case 'need':
      return `/families/${familyId}/show/needs`;
    case 'follow_up':
      return `/families/${familyId}/show/follow-ups`;
    default:
      return null;
  }
}

/** The query of a family's timeline; useRefresh() renews it like every other query. */
export function useFamilyTimeline(familyId: Identifier | undefined) {
  const dataProvider = useDataProvider<LotsenDataProvider>();
  return useQuery({
    queryKey: ['families', 'timeline', familyId],
    queryFn: () => dataProvider.getFamilyTimeline(familyId as Identifier),
    enabled: familyId !== undefined,
  });
}

/** "Verlauf": contacts, needs, handoffs and follow-ups of the family, newest first. */
export const TimelineTab = () => {
  const family = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useFamilyTimeline(family?.id);
  if (!family) return null;
  if (error) return <Alert severity="error">{translate('lotsen.common.loadError')}</Alert>;
  if (isPending) return <Skeleton variant="rectangular" height={160} />;
  if (data.length === 0) return <EmptyHint text="resources.families.timeline.empty" />;

  return (
    <List aria-label={translate('resources.families.tabs.timeline')}>
      {data.map((entry) => {
        const Icon = ICONS[entry.type] ?? EventNoteIcon;
        const to = linkOf(entry, family.id);
        const text = (
          <>
            <ListItemIcon>
              <Icon />
            </ListItemIcon>
            <ListItemText
              primary={entry.title || translate(`lotsen.timelineTypes.${entry.type}`, { _: entry.type })}
              secondary={
                <RecordContextProvider value={entry}>
                  <Typography component="span" variant="body2" color="text.secondary">
                    {translate(`lotsen.timelineTypes.${entry.type}`, { _: entry.type })} ·{' '}
                    {formatDateTime(entry.at, locale, true)}
                    {entry.userId ? ' · ' : ''}
                  </Typography>
                  {entry.userId ? <StaffField source="userId" /> : null}
                </RecordContextProvider>
              }
              slotProps={{ secondary: { component: 'span' } }}
            />
          </>
        );
        return (
          <ListItem key={`${entry.type}-${entry.id}-${entry.at}`} disablePadding divider>
            {to ? (
              <ListItemButton component={Link} to={to}>
                {text}
              </ListItemButton>
            ) : (
              <ListItemButton disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
                {text}
              </ListItemButton>
            )}
          </ListItem>
        );
      })}
    </List>
  );
};

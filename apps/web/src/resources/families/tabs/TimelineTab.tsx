import { useState, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Box,
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import ForumIcon from '@mui/icons-material/Forum';
import AssignmentIcon from '@mui/icons-material/Assignment';
import TransferWithinAStationIcon from '@mui/icons-material/TransferWithinAStation';
import EventNoteIcon from '@mui/icons-material/EventNote';
import SendIcon from '@mui/icons-material/Send';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
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

type Kind = TimelineEntry['type'];

/** The filter chips: each groups kinds of entry ("Alle" shows every one). */
export const TIMELINE_GROUPS: Record<string, readonly Kind[]> = {
  contacts: ['contact'],
  needs: ['need', 'need_status'],
  referrals: ['referral', 'referral_move'],
  consents: ['consent_given', 'consent_withdrawn'],
  followUps: ['follow_up', 'follow_up_moved', 'follow_up_done'],
  handoffs: ['handoff'],
  dataProtection: ['export', 'anonymized'],
};

const ICONS: Record<Kind, ComponentType> = {
  contact: ForumIcon,
  need: AssignmentIcon,
  need_status: AssignmentIcon,
  referral: SendIcon,
  referral_move: SendIcon,
  consent_given: VerifiedUserIcon,
  consent_withdrawn: VerifiedUserIcon,
  follow_up: EventNoteIcon,
  follow_up_moved: EventNoteIcon,
  follow_up_done: EventNoteIcon,
  handoff: TransferWithinAStationIcon,
  export: PrivacyTipIcon,
  anonymized: PrivacyTipIcon,
};

/** Where an entry leads: the contact's page, or the family's tab of the record. */
function linkOf(entry: TimelineEntry, familyId: Identifier): string | null {
  switch (entry.type) {
    case 'contact':
      return `/contacts/${entry.id}/show`;
    case 'need':
    case 'need_status':
      return `/families/${familyId}/show/needs`;
    case 'referral':
    case 'referral_move':
      return `/families/${familyId}/show/referrals`;
    case 'consent_given':
    case 'consent_withdrawn':
      return `/families/${familyId}/show/consents`;
    case 'follow_up':
    case 'follow_up_moved':
    case 'follow_up_done':
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

type Translate = ReturnType<typeof useTranslate>;

/** The line that says what happened, from the entry's kind and values. */
function headline(entry: TimelineEntry, translate: Translate, locale: string): string {
  const label = (group: string, value: string | null) =>
    value ? translate(`lotsen.${group}.${value}`, { _: value }) : '';
  const date = (value: string | null) => (value ? formatDateTime(value, locale, true) : '');
  const t = (key: string, args: Record<string, unknown> = {}) =>
    translate(`resources.families.timeline.${key}`, { title: entry.title, ...args });
  switch (entry.type) {
    case 'need_status':
      return t('needStatus', {
        from: label('needStatuses', entry.from),
        to: label('needStatuses', entry.to),
      });
    case 'referral':
      return t('referral', { mode: label('referralModes', entry.to) });
    case 'referral_move':
      return t('referralMove', {
        from: label('referralStatuses', entry.from),
        to: label('referralStatuses', entry.to),
      });
    case 'consent_given':
    case 'consent_withdrawn':
      return t(entry.type === 'consent_given' ? 'consentGiven' : 'consentWithdrawn', {
        scope: label('consentScopes', entry.title),
        provider: entry.detail ? ` (${entry.detail})` : '',
      });
    case 'follow_up':
      return t('followUp', { due: date(entry.to) });
    case 'follow_up_moved':
      return t('followUpMoved', { from: date(entry.from), to: date(entry.to) });
    case 'follow_up_done':
      return t('followUpDone');
    case 'handoff':
      return entry.count ? t('handoffWithFollowUps', { smart_count: entry.count }) : t('handoff');
    case 'export':
      return t('export');
    case 'anonymized':
      return t('anonymized');
    default:
      return entry.title || translate(`lotsen.timelineTypes.${entry.type}`, { _: entry.type });
  }
}

/** A note or description shown under the headline (consents show their provider in it). */
function detailOf(entry: TimelineEntry, translate: Translate): string | null {
  if (entry.confidential) return translate('resources.families.timeline.confidential');
  if (entry.type === 'consent_given' || entry.type === 'consent_withdrawn') return null;
  if (entry.type === 'referral') return null;
  if (entry.type === 'referral_move') {
    // the provider's answer in words: why declined, how it ended
    if (!entry.detail) return null;
    const group = entry.to === 'declined' ? 'declineReasons' : 'referralOutcomes';
    return translate(`lotsen.${group}.${entry.detail}`, { _: entry.detail });
  }
  return entry.detail;
}

/**
 * "Verlauf": the family's whole story in time order, newest first — contacts, needs and their
 * status changes, referrals and every move (a provider's answer recorded by staff is marked as
 * such), consents, follow-ups, handoffs with their note, exports and the anonymization —
 * filterable by kind. Confidential notes are only sent to their author.
 */
export const TimelineTab = () => {
  const family = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [group, setGroup] = useState<string | null>(null);
  const { data, isPending, error } = useFamilyTimeline(family?.id);
  if (!family) return null;
  if (error) return <Alert severity="error">{translate('lotsen.common.loadError')}</Alert>;
  if (isPending) return <Skeleton variant="rectangular" height={160} />;
  if (data.length === 0) return <EmptyHint text="resources.families.timeline.empty" />;
  const count = (kinds: readonly Kind[]) => data.filter((e) => kinds.includes(e.type)).length;
  const shown = group ? data.filter((e) => TIMELINE_GROUPS[group].includes(e.type)) : data;

  return (
    <>
      <Stack
        direction="row"
        sx={{ flexWrap: 'wrap', gap: 1, my: 1 }}
        role="group"
        aria-label={translate('resources.families.timeline.filter')}
      >
        <Chip
          label={`${translate('resources.families.timeline.groups.all')} (${data.length})`}
          color={group === null ? 'primary' : 'default'}
          variant={group === null ? 'filled' : 'outlined'}
          onClick={() => setGroup(null)}
          aria-pressed={group === null}
        />
        {Object.entries(TIMELINE_GROUPS).map(([key, kinds]) => {
          const n = count(kinds);
          if (n === 0) return null;
          return (
            <Chip
              key={key}
              label={`${translate(`resources.families.timeline.groups.${key}`)} (${n})`}
              color={group === key ? 'primary' : 'default'}
              variant={group === key ? 'filled' : 'outlined'}
              onClick={() => setGroup(group === key ? null : key)}
              aria-pressed={group === key}
            />
          );
        })}
      </Stack>
      <List aria-label={translate('resources.families.tabs.timeline')}>
        {shown.map((entry) => {
          const Icon = ICONS[entry.type] ?? EventNoteIcon;
          const to = linkOf(entry, family.id);
          const detail = detailOf(entry, translate);
          const onBehalf = entry.onBehalfOfProvider
            ? translate('resources.families.timeline.onBehalf', {
                channel: entry.channel
                  ? translate(`lotsen.answerChannels.${entry.channel}`, { _: entry.channel })
                  : translate('resources.families.timeline.noChannel'),
              })
            : null;
          const text = (
            <>
              <ListItemIcon>
                <Icon />
              </ListItemIcon>
              <ListItemText
                primary={headline(entry, translate, locale)}
                secondary={
                  <RecordContextProvider value={entry}>
                    {detail ? (
                      <Box
                        component="span"
                        sx={{
                          display: 'block',
                          whiteSpace: 'pre-wrap',
                          color: 'text.primary',
                          fontStyle: entry.confidential ? 'italic' : undefined,
                        }}
                      >
                        {detail}
                      </Box>
                    ) : null}
                    <Typography component="span" variant="body2" color="text.secondary">
                      {translate(`lotsen.timelineTypes.${entry.type}`, { _: entry.type })} ·{' '}
                      {formatDateTime(entry.at, locale, true)}
                      {onBehalf ? ` · ${onBehalf}` : ''}
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
    </>
  );
};

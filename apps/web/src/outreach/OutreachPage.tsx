import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  Typography,
} from '@mui/material';
import SyncIcon from '@mui/icons-material/Sync';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { OFFLINE_WINDOW_DAYS, offlineTimeProblem } from '@lotsen/domain';
import { formatDateTime } from '../common/dates';
import { isErrorCode } from '../providers/errors';
import { useOutbox } from './OutboxContext';
import { OutreachForm } from './OutreachForm';
import type { OutboxEntry } from './outbox';

/** One queued entry: when, where, which needs; and why the API refused it. */
const EntryText = ({ entry }: { entry: OutboxEntry }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const needs = entry.needs
    .map((need) =>
      need.unmetReason
        ? `${need.label} (${translate(`lotsen.unmetReasons.${need.unmetReason}`)})`
        : need.label,
    )
    .join(', ');
  return (
    <ListItemText
      primary={[
        formatDateTime(entry.occurredAt, locale, true),
        entry.districtName ?? translate('lotsen.outreach.noDistrict'),
        needs || translate('lotsen.outreach.noNeeds'),
      ].join(' · ')}
      secondary={
        entry.status === 'rejected'
          ? translate('lotsen.outreach.rejected', {
              reason: translate(
                isErrorCode(entry.code) ? `lotsen.errors.${entry.code}` : 'lotsen.errors.VALIDATION_FAILED',
              ),
            })
          : // waiting, but left the window meanwhile: the API will refuse it (libs/domain, the same rule)
            offlineTimeProblem(entry.occurredAt) === 'OUTSIDE_SYNC_WINDOW'
            ? translate('lotsen.outreach.tooOld', { days: OFFLINE_WINDOW_DAYS })
            : (entry.summary ?? undefined)
      }
    />
  );
};

/**
 * "Unterwegs erfassen" (issue 22, docs/offline-outreach.md): anonymous outreach contacts recorded
 * with or without network, the device's queue with its counter, "Jetzt übertragen", refused
 * entries with their reason, and whose entries of other staff members wait on this device.
 */
export const OutreachPage = () => {
  const translate = useTranslate();
  const { available, mine, others, state, online, discard, syncNow } = useOutbox();
  const waiting = mine.filter((e) => e.status === 'waiting');
  const rejected = mine.filter((e) => e.status === 'rejected');
  const owners = [...new Map(others.map((e) => [e.ownerId, e])).values()];
  if (!available) {
    return (
      <Box sx={{ mt: 2 }}>
        <Title title="lotsen.outreach.title" />
        <Alert severity="info">{translate('lotsen.errors.FORBIDDEN')}</Alert>
      </Box>
    );
  }
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4, maxWidth: 760 }}>
      <Title title="lotsen.outreach.title" />
      <Alert severity={online ? 'info' : 'warning'} data-testid="outreach-network">
        {translate(online ? 'lotsen.outreach.online' : 'lotsen.outreach.offline')}
      </Alert>
      <Card>
        <CardContent>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <Typography role="status" data-testid="outbox-count" sx={{ fontWeight: 600 }}>
              {waiting.length > 0
                ? translate('lotsen.outreach.waiting', { smart_count: waiting.length })
                : translate('lotsen.outreach.nothingWaiting')}
            </Typography>
            {state === 'sending' ? <Chip size="small" label={translate('lotsen.outreach.sending')} /> : null}
            {state === 'retrying' && waiting.length > 0 ? (
              <Chip size="small" label={translate('lotsen.outreach.retrying')} />
            ) : null}
            <Button
              startIcon={<SyncIcon />}
              onClick={syncNow}
              disabled={waiting.length === 0 || state === 'sending'}
            >
              {translate('lotsen.outreach.syncNow')}
            </Button>
          </Stack>
          {state === 'signed_out' ? (
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate('lotsen.outreach.signedOut')}
            </Alert>
          ) : null}
          {mine.length > 0 ? (
            <List dense aria-label={translate('lotsen.outreach.queue')}>
              {[...waiting, ...rejected].map((entry) => (
                <ListItem
                  key={entry.id}
                  divider
                  secondaryAction={
                    entry.status === 'rejected' ? (
                      <Button size="small" onClick={() => void discard(entry.id)}>
                        {translate('lotsen.outreach.discard')}
                      </Button>
                    ) : undefined
                  }
                >
                  <EntryText entry={entry} />
                </ListItem>
              ))}
            </List>
          ) : null}
          {owners.map((entry) => (
            <Alert severity="info" sx={{ mt: 1 }} key={entry.ownerId} data-testid="outbox-others">
              {translate('lotsen.outreach.othersWaiting', {
                smart_count: others.filter((e) => e.ownerId === entry.ownerId).length,
                name: entry.ownerName || entry.ownerEmail,
                email: entry.ownerEmail,
              })}
            </Alert>
          ))}
        </CardContent>
      </Card>
      <OutreachForm />
    </Stack>
  );
};

import { useCallback, useEffect, useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import SendIcon from '@mui/icons-material/Send';
import { useGetIdentity, useLocale, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { REFERRAL_MESSAGE_LIMITS } from '@lotsen/domain';
import { formatDateTime } from '../../common/dates';
import { fetchThread, messageHintKey, postMessage, sideOf, type Thread } from './messageThread';

type State =
  { kind: 'loading' } | { kind: 'none' } | { kind: 'error'; message: string } | ({ kind: 'thread' } & Thread);

const errorKey = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'lotsen.errors.INTERNAL_ERROR';

/**
 * "Nachrichten" on a referral's page (issue 21.1): the whole thread between the office and the
 * provider, oldest first, every text shown as text (never as HTML), and a form while the thread
 * is open. Both sides use the same component; one's own side is on the right.
 */
export const MessageThread = () => {
  const record = useRecordContext<{ id: string; mode?: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const { identity } = useGetIdentity();
  const mySide = sideOf(identity?.role as string | undefined);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const id = record?.id;

  const load = useCallback(async () => {
    if (!id) return;
    try {
      setState({ kind: 'thread', ...(await fetchThread(String(id))) });
    } catch (error) {
      const code = (error as { body?: { code?: string } }).body?.code;
      setState(code === 'NO_MESSAGE_THREAD' ? { kind: 'none' } : { kind: 'error', message: errorKey(error) });
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!record) return null;
  const hint = messageHintKey(text);
  const send = async () => {
    setSending(true);
    try {
      await postMessage(String(record.id), text);
      setText('');
      notify('resources.referrals.messages.sent', { type: 'success' });
    } catch (error) {
      notify(errorKey(error), { type: 'error' });
    } finally {
      setSending(false);
      await load();
    }
  };

  return (
    <Card component="section" aria-labelledby="referral-messages" sx={{ mt: 2 }}>
      <CardContent>
        <Typography id="referral-messages" variant="h6" component="h2" gutterBottom>
          {translate('resources.referrals.messages.title')}
        </Typography>
        {state.kind === 'loading' ? (
          <Typography color="text.secondary">{translate('resources.referrals.messages.loading')}</Typography>
        ) : state.kind === 'none' ? (
          <Alert severity="info">{translate('resources.referrals.messages.notAvailable')}</Alert>
        ) : state.kind === 'error' ? (
          <Alert severity="error">{translate(state.message, { _: state.message })}</Alert>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('resources.referrals.messages.intro')}
            </Typography>
            {state.messages.length === 0 ? (
              <Typography sx={{ mb: 2 }}>{translate('resources.referrals.messages.empty')}</Typography>
            ) : (
              <Stack
                component="ol"
                spacing={1}
                sx={{ listStyle: 'none', p: 0, m: 0, mb: 2 }}
                aria-live="polite"
              >
                {state.messages.map((m) => {
                  const mine = m.authorSide === mySide;
                  return (
                    <Box
                      component="li"
                      key={m.id}
                      data-testid="referral-message"
                      sx={{
                        alignSelf: mine ? 'flex-end' : 'flex-start',
                        maxWidth: '85%',
                        bgcolor: mine ? 'primary.50' : 'grey.100',
                        border: 1,
                        borderColor: mine ? 'primary.light' : 'grey.300',
                        borderRadius: 1,
                        px: 1.5,
                        py: 1,
                      }}
                    >
                      <Typography variant="caption" color="text.secondary" component="p">
                        {translate(`resources.referrals.messages.${m.authorSide}`)}
                        {m.authorName ? ` · ${m.authorName}` : ''} ·{' '}
                        {formatDateTime(m.createdAt, locale, true)}
                      </Typography>
                      {/* a text node: whatever it holds is shown, never interpreted */}
                      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {m.text}
                      </Typography>
                    </Box>
                  );
                })}
              </Stack>
            )}
            {state.open ? (
              <Stack spacing={1}>
                <TextField
                  label={translate('resources.referrals.messages.label')}
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  multiline
                  minRows={3}
                  fullWidth
                  error={hint !== null}
                  helperText={
                    hint
                      ? translate(hint.key, { max: hint.max })
                      : `${translate('resources.referrals.messages.help', { max: REFERRAL_MESSAGE_LIMITS.textMax })} (${text.length}/${REFERRAL_MESSAGE_LIMITS.textMax})`
                  }
                />
                <Box>
                  <Button
                    variant="contained"
                    startIcon={<SendIcon />}
                    onClick={() => void send()}
                    disabled={sending || hint !== null || text.trim() === ''}
                  >
                    {translate('resources.referrals.messages.send')}
                  </Button>
                </Box>
              </Stack>
            ) : (
              <Alert severity="info">{translate('resources.referrals.messages.closed')}</Alert>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
};

import { useEffect, useState } from 'react';
import { Card, CardContent, FormControlLabel, Switch, Typography } from '@mui/material';
import { useGetIdentity, useNotify, useTranslate } from 'react-admin';
import { API_URL, httpClient } from '../providers/httpClient';

const URL = `${API_URL}/auth/preferences`;

/**
 * "E-Mail bei neuen Nachrichten" (issue 21.2): the user's own choice to get an e-mail without
 * content when a message arrives on a referral (GET/PUT /api/auth/preferences).
 */
export const EmailPreference = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [on, setOn] = useState<boolean | null>(null);

  useEffect(() => {
    let live = true;
    httpClient(URL)
      .then(({ json }) => live && setOn((json as { emailOnMessage: boolean }).emailOnMessage))
      .catch(() => live && setOn(false));
    return () => {
      live = false;
    };
  }, []);

  const change = async (value: boolean) => {
    setOn(value);
    try {
      const { json } = await httpClient(URL, {
        method: 'PUT',
        body: JSON.stringify({ emailOnMessage: value }),
      });
      setOn((json as { emailOnMessage: boolean }).emailOnMessage);
      notify('lotsen.account.preferenceSaved', { type: 'success' });
    } catch (error) {
      setOn(!value);
      const key = error instanceof Error && error.message ? error.message : 'lotsen.errors.INTERNAL_ERROR';
      notify(key, { type: 'error' });
    }
  };

  return (
    <Card component="section" aria-labelledby="own-notifications" sx={{ mt: 2 }}>
      <CardContent>
        <Typography id="own-notifications" variant="h6" component="h2" gutterBottom>
          {translate('lotsen.account.notificationsTitle')}
        </Typography>
        <FormControlLabel
          control={
            <Switch
              checked={on === true}
              disabled={on === null}
              onChange={(event) => void change(event.target.checked)}
            />
          }
          label={translate('lotsen.account.emailOnMessage')}
        />
        <Typography variant="body2" color="text.secondary">
          {translate('lotsen.account.emailOnMessageHelp', { email: identity?.email ?? '' })}
        </Typography>
      </CardContent>
    </Card>
  );
};

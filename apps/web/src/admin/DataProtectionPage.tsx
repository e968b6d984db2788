import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Loading, Title, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { API_URL, httpClient } from '../providers/httpClient';
import { QUEUE_DASHBOARD_URL } from './queueDashboard';

/** GET /api/admin/retention (apps/api/src/modules/retention). */
export interface RetentionStatus {
  retentionMonths: number;
  auditRetentionMonths: number;
  cutoff: string;
  dueFamilies: number;
  lastRun: {
    startedAt: string;
    finishedAt: string | null;
    retentionMonths: number;
    anonymized: number;
    failed: number;
    auditEventsDeleted: number;
    callbackRequestsDeleted?: number;
    trigger: 'schedule' | 'manual';
  } | null;
}

/**
 * "Datenschutz" for admins: the deletion period in force (RETENTION_MONTHS), how many families
 * the next nightly run would anonymize, what the last run did — and the way to the job queues.
 */
export const DataProtectionPage = () => {
  const translate = useTranslate();
  const [locale = 'de'] = useLocaleState();
  const { data, isPending, error } = useQuery({
    queryKey: ['admin', 'retention'],
    queryFn: async () => (await httpClient(`${API_URL}/admin/retention`)).json as RetentionStatus,
  });
  const when = (value: string | null) => (value ? formatDateTime(value, locale, true) : '–');
  return (
    <Box sx={{ maxWidth: 900, mt: 2 }}>
      <Title title={translate('lotsen.dataProtectionPage.title')} />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('lotsen.dataProtectionPage.title')}
      </Typography>
      {isPending ? (
        <Loading />
      ) : error || !data ? (
        <Alert severity="error">{translate('lotsen.dataProtectionPage.loadFailed')}</Alert>
      ) : (
        <Stack spacing={2}>
          <Card component="section" aria-labelledby="retention-rule">
            <CardContent>
              <Typography id="retention-rule" variant="h6" component="h2" gutterBottom>
                {translate('lotsen.dataProtectionPage.rule')}
              </Typography>
              <Typography>
                {translate('lotsen.dataProtectionPage.ruleText', { months: data.retentionMonths })}
              </Typography>
              <Typography sx={{ mt: 1 }}>
                {translate('lotsen.dataProtectionPage.cutoff', { date: when(data.cutoff) })}
              </Typography>
              <Typography sx={{ mt: 1 }}>
                {translate('lotsen.dataProtectionPage.due', { smart_count: data.dueFamilies })}
              </Typography>
              <Typography sx={{ mt: 1 }}>
                {translate('lotsen.dataProtectionPage.auditRuleText', { months: data.auditRetentionMonths })}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('lotsen.dataProtectionPage.howToChange')}
              </Typography>
            </CardContent>
          </Card>
          <Card component="section" aria-labelledby="retention-last-run">
            <CardContent>
              <Typography id="retention-last-run" variant="h6" component="h2" gutterBottom>
                {translate('lotsen.dataProtectionPage.lastRun')}
              </Typography>
              {data.lastRun ? (
                <Box
                  component="dl"
                  sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: 1, m: 0 }}
                >
                  <dt>{translate('lotsen.dataProtectionPage.startedAt')}</dt>
                  <dd style={{ margin: 0 }}>{when(data.lastRun.startedAt)}</dd>
                  <dt>{translate('lotsen.dataProtectionPage.finishedAt')}</dt>
                  <dd style={{ margin: 0 }}>
                    {data.lastRun.finishedAt
                      ? when(data.lastRun.finishedAt)
                      : translate('lotsen.dataProtectionPage.running')}
                  </dd>
                  <dt>{translate('lotsen.dataProtectionPage.anonymized')}</dt>
                  <dd style={{ margin: 0 }}>{data.lastRun.anonymized}</dd>
                  <dt>{translate('lotsen.dataProtectionPage.failed')}</dt>
                  <dd style={{ margin: 0 }}>{data.lastRun.failed}</dd>
                  <dt>{translate('lotsen.dataProtectionPage.auditEventsDeleted')}</dt>
                  <dd style={{ margin: 0 }}>{data.lastRun.auditEventsDeleted}</dd>
                  <dt>{translate('lotsen.dataProtectionPage.callbackRequestsDeleted')}</dt>
                  <dd style={{ margin: 0 }}>{data.lastRun.callbackRequestsDeleted ?? 0}</dd>
                </Box>
              ) : (
                <Typography>{translate('lotsen.dataProtectionPage.noRunYet')}</Typography>
              )}
            </CardContent>
          </Card>
          <Card component="section" aria-labelledby="job-queues">
            <CardContent>
              <Typography id="job-queues" variant="h6" component="h2" gutterBottom>
                {translate('lotsen.dataProtectionPage.queues')}
              </Typography>
              <Typography sx={{ mb: 1 }}>{translate('lotsen.dataProtectionPage.queuesText')}</Typography>
              <Button
                variant="outlined"
                href={QUEUE_DASHBOARD_URL}
                target="_blank"
                rel="noopener"
                endIcon={<OpenInNewIcon />}
              >
                {translate('lotsen.dataProtectionPage.openQueues')}
              </Button>
            </CardContent>
          </Card>
        </Stack>
      )}
    </Box>
  );
};

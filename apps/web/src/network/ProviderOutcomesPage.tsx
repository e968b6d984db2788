import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { Loading, useDataProvider, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { useNotifyError } from '../common/useNotifyError';
import type { LotsenDataProvider, NetworkFigure, ProviderOutcomes } from '../providers/dataProvider';
import { OutcomesChart } from './OutcomesChart';

const thisYear = new Date().getFullYear();
const YEARS = [thisYear, thisYear - 1, thisYear - 2];

const counts = (map: Record<string, number>, label: (key: string) => string): string =>
  Object.entries(map)
    .map(([key, n]) => `${label(key)}: ${n}`)
    .join(', ') || '–';

/**
 * "Unsere Zahlen" (issue 21.4): a provider's referrals per quarter beside the median of the
 * other providers of its kind; the network's figures are "–" where fewer than 3 contribute.
 * Provider users see their own provider; team leads choose one.
 */
export const ProviderOutcomesPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notifyError = useNotifyError();
  const { identity } = useGetIdentity();
  const ownProvider = typeof identity?.providerId === 'string' ? identity.providerId : null;
  const { data: providers } = useGetList(
    'providers',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: !!identity && !ownProvider },
  );
  const [chosen, setChosen] = useState<string>('');
  const [year, setYear] = useState(thisYear);
  const [data, setData] = useState<ProviderOutcomes | null>(null);
  const providerId = ownProvider ?? chosen;

  useEffect(() => {
    if (!providerId) return;
    let current = true;
    dataProvider
      .getProviderOutcomes(providerId, year)
      .then((result) => current && setData(result))
      .catch((error: unknown) => notifyError(error));
    return () => {
      current = false;
    };
  }, [providerId, year]);

  const figure = (f: NetworkFigure, unit = '') =>
    f.suppressed || f.value === null ? '–' : `${f.value.toLocaleString('de-DE')}${unit}`;
  const percent = (accepted: number, received: number) =>
    received === 0 ? '–' : `${Math.round((100 * accepted) / received)} %`;

  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('lotsen.outcomes.title')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('lotsen.outcomes.intro')}
      </Alert>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        {!ownProvider && (
          <MuiTextField
            select
            label={translate('lotsen.network.provider')}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            sx={{ minWidth: 280 }}
          >
            {(providers ?? []).map((p) => (
              <MenuItem key={p.id} value={String(p.id)}>
                {String(p.name)}
              </MenuItem>
            ))}
          </MuiTextField>
        )}
        <MuiTextField
          select
          label={translate('lotsen.outcomes.year')}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          sx={{ minWidth: 140 }}
        >
          {YEARS.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </MuiTextField>
      </Stack>
      {providerId && !data && <Loading />}
      {data && data.providerId === providerId && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {translate('lotsen.outcomes.heading', {
                name: data.providerName,
                kind: translate(`lotsen.providerKinds.${data.kind}`),
              })}
            </Typography>
            <OutcomesChart quarters={data.quarters} />
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('lotsen.outcomes.legend')}
            </Typography>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label={translate('lotsen.outcomes.tableLabel')}>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">
                      {translate('lotsen.outcomes.quarter')}
                    </TableCell>
                    {(
                      [
                        'received',
                        'networkReceived',
                        'accepted',
                        'networkAccepted',
                        'declined',
                        'returned',
                        'completed',
                        'days',
                        'networkDays',
                      ] as const
                    ).map((col) => (
                      <TableCell key={col} component="th" scope="col">
                        {translate(`lotsen.outcomes.columns.${col}`)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.quarters.map((q) => (
                    <TableRow key={q.period}>
                      <TableCell component="th" scope="row">
                        {q.period}
                      </TableCell>
                      <TableCell>{q.received}</TableCell>
                      <TableCell>{figure(q.networkReceived)}</TableCell>
                      <TableCell>
                        {q.accepted} ({percent(q.accepted, q.received)})
                      </TableCell>
                      <TableCell>{figure(q.networkAcceptedPercent, ' %')}</TableCell>
                      <TableCell>
                        {counts(q.declinedByReason, (k) => translate(`lotsen.declineReasons.${k}`))}
                      </TableCell>
                      <TableCell>{q.returned}</TableCell>
                      <TableCell>
                        {counts(q.completedByOutcome, (k) => translate(`lotsen.referralOutcomes.${k}`))}
                      </TableCell>
                      <TableCell>{q.medianDaysToAnswer ?? '–'}</TableCell>
                      <TableCell>{figure(q.networkMedianDaysToAnswer)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {translate('lotsen.outcomes.suppression')}
            </Typography>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};

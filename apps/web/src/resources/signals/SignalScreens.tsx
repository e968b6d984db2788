import {
  Alert,
  Card,
  CardContent,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  FunctionField,
  List,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { LocaleDateField } from '../../common/LocaleDateField';

/** One weekly test of a signal, as GET /api/signals/{id} returns it. */
interface SignalTest {
  week: string;
  weekName: string;
  baselineRate: number | null;
  recentRate: number | null;
  ratio: number | null;
  pValue: number | null;
  recentCount: number | string;
  open: boolean;
}

/** A signal as the API publishes it: aggregated figures, the small recent count suppressed. */
export interface SignalRecord {
  id: string;
  status: 'open' | 'closed';
  district: { id: string; name: string };
  category: { key: string; label: string };
  /** `null`: withheld, as it would give a suppressed count back. */
  baselineRate: number | null;
  recentRate: number | null;
  ratio: number | null;
  pValue: number | null;
  recentCount: number | string;
  weekTestedName: string;
  openedAt: string;
  closedAt: string | null;
  history?: SignalTest[];
}

/** A p-value as the reader can take it in: very small ones as "< 0,0001". */
export function formatPValue(p: number | null, locale: string): string {
  if (p === null) return '–';
  if (p < 0.0001) return `< ${(0.0001).toLocaleString(locale)}`;
  return p.toLocaleString(locale, { maximumSignificantDigits: 2 });
}

/** A rate or ratio; "–" where it is withheld. */
const number = (value: number | null, locale: string) =>
  value === null ? '–' : value.toLocaleString(locale, { maximumFractionDigits: 2 });
const times = (value: number | null, locale: string) => (value === null ? '–' : `${number(value, locale)} ×`);

/** What a signal means and what it does not mean, in plain words (issue 20.5). */
export const SignalExplanation = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-labelledby="signal-explanation">
      <CardContent>
        <Typography variant="h6" component="h2" id="signal-explanation" gutterBottom>
          {translate('lotsen.signals.explanationTitle')}
        </Typography>
        <Typography sx={{ mb: 1.5 }}>{translate('lotsen.signals.means')}</Typography>
        <Typography sx={{ mb: 1.5 }}>{translate('lotsen.signals.meansNot')}</Typography>
        <Typography sx={{ mb: 1.5 }}>{translate('lotsen.signals.falseAlarms')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('lotsen.signals.suppressedNote')}
        </Typography>
      </CardContent>
    </Card>
  );
};

const StatusChip = () => {
  const record = useRecordContext<SignalRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.status === 'open' ? 'warning' : 'default'}
      label={translate(`lotsen.signals.statuses.${record.status}`)}
    />
  );
};

const Empty = () => {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="info" sx={{ mt: 2 }}>
        {translate('lotsen.signals.none')}
      </Alert>
      <SignalExplanation />
    </>
  );
};

const StatusInput = () => {
  const translate = useTranslate();
  return (
    <SelectInput
      source="status"
      alwaysOn
      choices={(['open', 'closed'] as const).map((id) => ({
        id,
        name: translate(`lotsen.signals.statuses.${id}`),
      }))}
    />
  );
};

/** "Frühwarnung": the open signals (or the ended ones), with the plain explanation below. */
export const SignalList = () => {
  const locale = useLocale();
  const translate = useTranslate();
  return (
    <>
      <List
        title={translate('lotsen.signals.title')}
        sort={{ field: 'openedAt', order: 'DESC' }}
        filters={[<StatusInput key="status" />]}
        filterDefaultValues={{ status: 'open' }}
        exporter={false}
        empty={<Empty />}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="district.name" disableSort />
          <DataTable.Col source="category.label" disableSort />
          <DataTable.Col source="recentCount" disableSort />
          <DataTable.Col
            source="recentRate"
            disableSort
            render={(r: SignalRecord) => number(r.recentRate, locale)}
          />
          <DataTable.Col
            source="baselineRate"
            disableSort
            render={(r: SignalRecord) => number(r.baselineRate, locale)}
          />
          <DataTable.Col source="ratio" render={(r: SignalRecord) => times(r.ratio, locale)} />
          <DataTable.Col source="pValue" render={(r: SignalRecord) => formatPValue(r.pValue, locale)} />
          <DataTable.Col source="weekTestedName" disableSort />
          <DataTable.Col source="status" disableSort field={StatusChip} />
          <DataTable.Col source="openedAt">
            <LocaleDateField source="openedAt" />
          </DataTable.Col>
        </DataTable>
      </List>
      <SignalExplanation />
    </>
  );
};

const History = () => {
  const record = useRecordContext<SignalRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const history = record?.history ?? [];
  return (
    <section aria-labelledby="signal-history">
      <Typography variant="h6" component="h2" id="signal-history" sx={{ mt: 2 }}>
        {translate('lotsen.signals.history')}
      </Typography>
      {history.length === 0 ? (
        <Typography>{translate('lotsen.signals.historyEmpty')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('lotsen.signals.week')}</TableCell>
              <TableCell>{translate('resources.signals.fields.recentCount')}</TableCell>
              <TableCell>{translate('resources.signals.fields.recentRate')}</TableCell>
              <TableCell>{translate('resources.signals.fields.baselineRate')}</TableCell>
              <TableCell>{translate('resources.signals.fields.ratio')}</TableCell>
              <TableCell>{translate('resources.signals.fields.pValue')}</TableCell>
              <TableCell>{translate('lotsen.signals.open')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((t) => (
              <TableRow key={t.week}>
                <TableCell>{t.weekName}</TableCell>
                <TableCell>{t.recentCount}</TableCell>
                <TableCell>{number(t.recentRate, locale)}</TableCell>
                <TableCell>{number(t.baselineRate, locale)}</TableCell>
                <TableCell>{times(t.ratio, locale)}</TableCell>
                <TableCell>{formatPValue(t.pValue, locale)}</TableCell>
                <TableCell>
                  {translate(t.open ? 'lotsen.signals.statuses.open' : 'lotsen.signals.statuses.closed')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
};

/** One signal with its values and the history of its weekly tests. */
export const SignalShow = () => {
  const locale = useLocale();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="district.name" />
        <TextField source="category.label" />
        <FunctionField source="status" render={() => <StatusChip />} />
        <TextField source="recentCount" />
        <FunctionField source="recentRate" render={(r: SignalRecord) => number(r.recentRate, locale)} />
        <FunctionField source="baselineRate" render={(r: SignalRecord) => number(r.baselineRate, locale)} />
        <FunctionField source="ratio" render={(r: SignalRecord) => times(r.ratio, locale)} />
        <FunctionField source="pValue" render={(r: SignalRecord) => formatPValue(r.pValue, locale)} />
        <TextField source="weekTestedName" />
        <LocaleDateField source="openedAt" />
        <LocaleDateField source="closedAt" emptyText="–" />
        <History />
      </SimpleShowLayout>
      <SignalExplanation />
    </Show>
  );
};

import { useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import {
  Button,
  DateField,
  List,
  SelectInput,
  Show,
  TextField,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { OFFER_CHANGE_STATUSES, type OfferChangeStatus } from '@lotsen/domain';
import { DataTable } from '../../common/DataTable';
import { useNotifyError } from '../../common/useNotifyError';
import type { LotsenDataProvider } from '../../providers/dataProvider';

interface OfferChangeRecord {
  id: string;
  offerId: string;
  offerTitle: string;
  providerName: string;
  status: OfferChangeStatus;
  proposed: Record<string, unknown>;
  before: Record<string, unknown>;
  reason: string | null;
  proposedByName: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
  version: number;
}

const STATUS_COLORS: Record<OfferChangeStatus, 'info' | 'success' | 'error'> = {
  pending: 'info',
  accepted: 'success',
  rejected: 'error',
};

export const OfferChangeStatusChip = () => {
  const record = useRecordContext<OfferChangeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[record.status]}
      label={translate(`lotsen.offerChanges.statuses.${record.status}`)}
    />
  );
};

/** A proposed or published value as text: lists joined, yes/no, weekly slots as "Mo 09:00–12:00". */
export function formatValue(value: unknown, translate: (key: string) => string): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean')
    return translate(value ? 'lotsen.offerChanges.yes' : 'lotsen.offerChanges.no');
  if (Array.isArray(value)) {
    if (value.length === 0) return '–';
    return value
      .map((v) => (typeof v === 'object' && v !== null ? Object.values(v as object).join(' ') : String(v)))
      .join(', ');
  }
  return String(value);
}

const statusChoices = (translate: (key: string) => string) =>
  OFFER_CHANGE_STATUSES.map((id) => ({ id, name: translate(`lotsen.offerChanges.statuses.${id}`) }));

/** "Änderungen prüfen": the proposals, pending first for the office; a provider sees its own. */
export const OfferChangeList = () => {
  const translate = useTranslate();
  const { canAccess: reviewer } = useCanAccess({
    resource: 'offer-change-requests',
    action: 'offerChange.review',
  });
  return (
    <List
      title="lotsen.offerChanges.title"
      sort={{ field: 'updatedAt', order: 'DESC' }}
      filterDefaultValues={reviewer ? { status: 'pending' } : {}}
      filters={[
        <SelectInput
          key="status"
          source="status"
          label="lotsen.offerChanges.fields.status"
          choices={statusChoices(translate)}
          alwaysOn
        />,
      ]}
      exporter={false}
      actions={false}
    >
      <Alert severity="info" sx={{ m: 1 }}>
        {translate(reviewer ? 'lotsen.offerChanges.introReviewer' : 'lotsen.offerChanges.introProvider')}
      </Alert>
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="offerTitle" label="lotsen.offerChanges.fields.offer" disableSort />
        <DataTable.Col source="providerName" label="lotsen.offerChanges.fields.provider" disableSort />
        <DataTable.Col
          source="status"
          label="lotsen.offerChanges.fields.status"
          field={OfferChangeStatusChip}
        />
        <DataTable.Col source="updatedAt" label="lotsen.offerChanges.fields.updatedAt">
          <DateField source="updatedAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="reason" label="lotsen.offerChanges.fields.reason" disableSort>
          <TextField source="reason" emptyText="–" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

/** Before and after, field by field; the reviewer accepts or rejects with a reason. */
const OfferChangeDetails = () => {
  const record = useRecordContext<OfferChangeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const fields = Object.keys(record.proposed);
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            {record.offerTitle}
          </Typography>
          <Typography color="text.secondary">{record.providerName}</Typography>
          <OfferChangeStatusChip />
        </Stack>
        {record.status === 'rejected' && record.reason && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <strong>{translate('lotsen.offerChanges.fields.reason')}:</strong> {record.reason}
          </Alert>
        )}
        <Table size="small" aria-label={translate('lotsen.offerChanges.compare')}>
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {translate('lotsen.offerChanges.fields.field')}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate('lotsen.offerChanges.before')}
              </TableCell>
              <TableCell component="th" scope="col">
                {translate('lotsen.offerChanges.after')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((field) => (
              <TableRow key={field}>
                <TableCell component="th" scope="row">
                  {translate(`resources.offers.fields.${field}`)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>
                  {formatValue(record.before[field], translate)}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap', fontWeight: 600 }}>
                  {formatValue(record.proposed[field], translate)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('lotsen.offerChanges.proposedBy', { name: record.proposedByName ?? '–' })}
          {record.decidedByName
            ? ` · ${translate('lotsen.offerChanges.decidedBy', { name: record.decidedByName })}`
            : ''}
        </Typography>
        {record.status === 'pending' && <ReviewButtons record={record} />}
      </CardContent>
    </Card>
  );
};

const ReviewButtons = ({ record }: { record: OfferChangeRecord }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'offer-change-requests', action: 'offerChange.review' });
  if (!canAccess) return null;
  const decide = async (decision: 'accept' | 'reject') => {
    setSaving(true);
    try {
      await dataProvider.decideOfferChange(record.id, decision, {
        version: record.version,
        ...(decision === 'reject' ? { reason: reason.trim() } : {}),
      });
      notify(`lotsen.offerChanges.done.${decision}`, { type: 'info' });
      setRejecting(false);
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Box sx={{ mt: 2, display: 'flex', gap: 1 }}>
      <Button
        label="lotsen.offerChanges.accept"
        variant="contained"
        color="success"
        disabled={saving}
        onClick={() => void decide('accept')}
      >
        <CheckIcon />
      </Button>
      <Button
        label="lotsen.offerChanges.reject"
        variant="outlined"
        color="error"
        disabled={saving}
        onClick={() => setRejecting(true)}
      >
        <CloseIcon />
      </Button>
      <Dialog open={rejecting} onClose={() => setRejecting(false)} fullWidth maxWidth="xs">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim()) void decide('reject');
          }}
        >
          <DialogTitle>{translate('lotsen.offerChanges.rejectTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 1 }}>
              {translate('lotsen.offerChanges.rejectIntro')}
            </DialogContentText>
            <MuiTextField
              label={translate('lotsen.offerChanges.fields.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              required
              multiline
              minRows={2}
              fullWidth
              autoFocus
              slotProps={{ htmlInput: { maxLength: 1000 } }}
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setRejecting(false)} />
            <Button label="lotsen.offerChanges.reject" type="submit" disabled={saving || !reason.trim()} />
          </DialogActions>
        </form>
      </Dialog>
    </Box>
  );
};

export const OfferChangeShow = () => (
  <Show title="lotsen.offerChanges.title" actions={false} component="div">
    <OfferChangeDetails />
  </Show>
);

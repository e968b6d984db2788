import { useState } from 'react';
import { Alert, Box } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import {
  Button,
  DateField,
  List,
  TextField,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useNotifyError } from '../../common/useNotifyError';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import { DataTable } from '../../common/DataTable';
import { CapacityChip } from '../../common/chips';
import { EditDialogButton } from '../../common/FormDialog';
import { providerOfferChanges } from './offerDisplay';
import { ProviderOfferInputs } from './OfferInputs';

/** "Angaben sind aktuell": the provider confirms the offer as published (its "Stand", issue 21.3). */
const ConfirmOfferButton = () => {
  const record = useRecordContext<{ id: string }>();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [saving, setSaving] = useState(false);
  if (!record) return null;
  return (
    <Button
      label="resources.offers.ours.confirm"
      disabled={saving}
      onClick={async () => {
        setSaving(true);
        try {
          await dataProvider.confirmOffer(record.id);
          notify('resources.offers.ours.confirmed', { type: 'info' });
          refresh();
        } catch (error) {
          notifyError(error);
        } finally {
          setSaving(false);
        }
      }}
    >
      <TaskAltIcon />
    </Button>
  );
};

/**
 * "Unsere Angebote" (provider users): the offers of the own provider — the API lists no others —
 * with a dialog that changes the capacity at once and proposes text changes for the office's
 * review (issue 21.3), and "Angaben sind aktuell".
 */
export const OurOffers = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('resources.offers.ours.intro')}
      </Alert>
      <List
        resource="offers"
        storeKey="our-offers"
        title="resources.offers.ours.title"
        sort={{ field: 'title', order: 'ASC' }}
        perPage={50}
        exporter={false}
        actions={false}
        disableSyncWithLocation
        empty={false}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="title" />
          <DataTable.Col source="capacity" field={CapacityChip} />
          <DataTable.Col source="description" disableSort>
            <TextField
              source="description"
              emptyText="–"
              sx={{
                display: '-webkit-box',
                WebkitLineClamp: 2,
                WebkitBoxOrient: 'vertical',
                overflow: 'hidden',
              }}
            />
          </DataTable.Col>
          <DataTable.Col source="openingHours" disableSort>
            <TextField source="openingHours" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
          </DataTable.Col>
          <DataTable.Col source="phone" disableSort>
            <TextField source="phone" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="email" disableSort>
            <TextField source="email" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="confirmedAt" label="resources.offers.ours.confirmedAt">
            <DateField source="confirmedAt" />
          </DataTable.Col>
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <ConfirmOfferButton />
            <EditDialogButton
              resource="offers"
              label="resources.offers.ours.edit"
              transform={providerOfferChanges}
            >
              <ProviderOfferInputs />
            </EditDialogButton>
          </DataTable.Col>
        </DataTable>
      </List>
    </Box>
  );
};

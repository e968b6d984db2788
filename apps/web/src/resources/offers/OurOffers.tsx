import { Alert, Box } from '@mui/material';
import { List, TextField, useTranslate } from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { CapacityChip } from '../../common/chips';
import { EditDialogButton } from '../../common/FormDialog';
import { providerOfferChanges } from './offerDisplay';
import { ProviderOfferInputs } from './OfferInputs';

/**
 * "Unsere Angebote" (provider users): the offers of the own provider — the API lists no others —
 * with a dialog that changes capacity, description, opening hours, phone and e-mail only.
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
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
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

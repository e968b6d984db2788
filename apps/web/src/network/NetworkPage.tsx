import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import {
  Button,
  FunctionField,
  List,
  TextField,
  TextInput,
  useDataProvider,
  useGetIdentity,
  useGetOne,
  useNotify,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CapacityChip } from '../common/chips';
import { DataTable } from '../common/DataTable';
import { useNotifyError } from '../common/useNotifyError';
import type { LotsenDataProvider } from '../providers/dataProvider';

/** The contact line the own provider shares with the network (its users set it; issue 21.5). */
const OwnContactLine = ({ providerId }: { providerId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const { data: provider } = useGetOne('providers', { id: providerId });
  const [value, setValue] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => setValue((provider?.networkContact as string | null) ?? ''), [provider]);
  const save = async () => {
    setSaving(true);
    try {
      await dataProvider.setNetworkContact(providerId, value.trim() || null);
      notify('lotsen.network.contactSaved', { type: 'info' });
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('lotsen.network.ownContact')}
        </Typography>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
            <MuiTextField
              label={translate('lotsen.network.contactLine')}
              helperText={translate('lotsen.network.contactHelp')}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              fullWidth
              slotProps={{ htmlInput: { maxLength: 300 } }}
            />
            <Button label="ra.action.save" type="submit" variant="contained" disabled={saving} />
          </Stack>
        </form>
      </CardContent>
    </Card>
  );
};

/**
 * "Netzwerk" (issue 21.5): the other providers' public offers, read-only, each with the contact
 * line its provider shares — so that a provider can point a family onward.
 */
export const NetworkPage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const providerId = typeof identity?.providerId === 'string' ? identity.providerId : null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('lotsen.network.title')}
      </Typography>
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('lotsen.network.intro')}
      </Alert>
      {providerId && <OwnContactLine providerId={providerId} />}
      <List
        resource="network/offers"
        storeKey="network-offers"
        title="lotsen.network.title"
        sort={{ field: 'title', order: 'ASC' }}
        perPage={25}
        exporter={false}
        actions={false}
        disableSyncWithLocation
        filters={[<TextInput key="q" source="q" label="ra.action.search" alwaysOn />]}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="title" label="resources.offers.fields.title" />
          <DataTable.Col label="lotsen.network.provider" disableSort>
            <FunctionField
              render={(r: RaRecord) => (r.provider as { name?: string } | undefined)?.name ?? '–'}
            />
          </DataTable.Col>
          <DataTable.Col source="capacity" label="resources.offers.fields.capacity" field={CapacityChip} />
          <DataTable.Col source="description" label="resources.offers.fields.description" disableSort>
            <TextField source="description" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col label="lotsen.network.contact" disableSort>
            <FunctionField
              render={(r: RaRecord) =>
                [r.phone, r.email].filter(Boolean).join(' · ') || translate('lotsen.network.noContact')
              }
            />
          </DataTable.Col>
          <DataTable.Col label="lotsen.network.contactLine" disableSort>
            <FunctionField
              render={(r: RaRecord) =>
                (r.provider as { networkContact?: string | null } | undefined)?.networkContact ?? '–'
              }
            />
          </DataTable.Col>
        </DataTable>
      </List>
    </Box>
  );
};

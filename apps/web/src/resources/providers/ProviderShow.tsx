import type { ReactElement } from 'react';
import { Box, Divider, Grid, Typography } from '@mui/material';
import {
  CreateButton,
  EditButton,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { DataTable } from '../../common/DataTable';
import { PROVIDER_KIND_CHOICES } from '../../common/choices';
import { CapacityChip } from '../../common/chips';
import { LanguagesField } from '../../common/LanguageChips';
import { LocaleDateField } from '../../common/LocaleDateField';
import { NeedCategoriesField } from '../offers/OfferFields';
import { EmptyHint, TabActions } from '../families/tabs/TabActions';
import { ShowCell } from '../../common/ShowCell';

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A labelled value of this page (common/ShowCell). */
const Cell = ({ source, children }: { source: string; children: ReactElement }) => (
  <ShowCell source={source} resource="providers">
    {children}
  </ShowCell>
);

/** The provider's offers; admins and team leads add one with the provider filled in. */
const ProviderOffers = () => {
  const provider = useRecordContext();
  const translate = useTranslate();
  if (!provider) return null;
  return (
    <>
      <Divider sx={{ my: 2 }} />
      <Typography component="h2" variant="h6" gutterBottom>
        {translate('resources.providers.offers')}
      </Typography>
      <TabActions>
        <CreateButton resource="offers" state={{ record: { providerId: provider.id } }} />
      </TabActions>
      <ReferenceManyField
        reference="offers"
        target="providerId"
        sort={{ field: 'title', order: 'ASC' }}
        perPage={100}
        empty={<EmptyHint text="resources.providers.noOffers" />}
      >
        <DataTable bulkActionButtons={false} rowClick="show" resource="offers">
          <DataTable.Col source="title" />
          <DataTable.Col source="categoryKeys" disableSort field={NeedCategoriesField} />
          <DataTable.Col source="capacity" field={CapacityChip} />
          <DataTable.Col source="active" disableSort field={YesNoField} />
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

export const ProviderShow = () => (
  <Show actions={<Actions />}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Cell source="name">
        <TextField source="name" />
      </Cell>
      <Cell source="kind">
        <SelectField source="kind" choices={PROVIDER_KIND_CHOICES} />
      </Cell>
      <Cell source="districtId">
        <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
      </Cell>
      <Cell source="address">
        <TextField source="address" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
      </Cell>
      <Cell source="phone">
        <TextField source="phone" emptyText="–" />
      </Cell>
      <Cell source="email">
        <EmailField source="email" emptyText="–" />
      </Cell>
      <Cell source="website">
        <UrlField source="website" emptyText="–" target="_blank" rel="noopener noreferrer" />
      </Cell>
      <Cell source="languages">
        <LanguagesField />
      </Cell>
      <Cell source="active">
        <YesNoField source="active" />
      </Cell>
      <Cell source="createdAt">
        <LocaleDateField source="createdAt" />
      </Cell>
    </Grid>
    <Box sx={{ px: 2, pb: 2 }}>
      <ProviderOffers />
    </Box>
  </Show>
);

import type { ReactElement } from 'react';
import { Grid, List as MuiList, ListItem, Typography } from '@mui/material';
import {
  EditButton,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  UrlField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { findLifeSituation } from '@lotsen/domain';
import { LocaleDateField } from '../../common/LocaleDateField';
import { YesNoField } from '../../common/YesNoField';
import { NeedCategoriesField } from '../offers/OfferFields';
import { TranslationsPanel } from '../translations/TranslationsPanel';
import { ShowCell } from '../../common/ShowCell';

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A labelled value of this page (common/ShowCell). */
const Cell = ({ source, children, wide }: { source: string; children: ReactElement; wide?: boolean }) => (
  <ShowCell source={source} resource="services" wide={wide}>
    {children}
  </ShowCell>
);

const ChecklistField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const items = (record?.checklist as string[] | undefined) ?? [];
  if (items.length === 0)
    return <Typography variant="body2">{translate('resources.services.noChecklist')}</Typography>;
  return (
    <MuiList dense disablePadding sx={{ listStyle: 'disc', pl: 3 }}>
      {items.map((item) => (
        <ListItem key={item} sx={{ display: 'list-item', p: 0 }}>
          <Typography variant="body2">{item}</Typography>
        </ListItem>
      ))}
    </MuiList>
  );
};

const LifeSituationsField = () => {
  const record = useRecordContext();
  const keys = (record?.lifeSituationKeys as string[] | undefined) ?? [];
  return (
    <Typography component="span" variant="body2">
      {keys.length > 0 ? keys.map((k) => findLifeSituation(k)?.labelDe ?? k).join(', ') : '–'}
    </Typography>
  );
};

/** A Verwaltungsleistung as staff read it, with its translations below. */
export const ServiceShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />}>
      <Grid container spacing={2} sx={{ p: 2 }}>
        <Cell source="titleDe">
          <TextField source="titleDe" />
        </Cell>
        <Cell source="leikaKey">
          <TextField source="leikaKey" emptyText="–" />
        </Cell>
        <Cell source="responsibleProviderId">
          <ReferenceField source="responsibleProviderId" reference="providers" link="show" />
        </Cell>
        <Cell source="descriptionDe" wide>
          <TextField source="descriptionDe" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
        </Cell>
        <Cell source="checklist" wide>
          <ChecklistField />
        </Cell>
        <Cell source="onlineUrl">
          <UrlField source="onlineUrl" emptyText="–" target="_blank" rel="noopener" />
        </Cell>
        <Cell source="categoryKeys">
          <NeedCategoriesField />
        </Cell>
        <Cell source="lifeSituationKeys">
          <LifeSituationsField />
        </Cell>
        <Cell source="lastCheckedAt">
          <LocaleDateField source="lastCheckedAt" emptyText="–" />
        </Cell>
        <Cell source="active">
          <YesNoField source="active" />
        </Cell>
        <Grid size={12}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {translate('lotsen.portalTexts.tab')}
          </Typography>
          <TranslationsPanel entity="service" />
        </Grid>
      </Grid>
    </Show>
  );
};

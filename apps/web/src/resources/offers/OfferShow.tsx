import type { ReactElement } from 'react';
import { Grid } from '@mui/material';
import { EditButton, EmailField, ReferenceField, Show, TextField, TopToolbar } from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { CapacityChip } from '../../common/chips';
import { LanguagesField } from '../../common/LanguageChips';
import { CostFreeField } from './CostFree';
import { AgeRangeField, NeedCategoriesField, OfferAddressField, OfferDistrictsField } from './OfferFields';
import { OpeningScheduleField } from '../../common/OpeningSchedule';
import { ShowCell } from '../../common/ShowCell';

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A labelled value of this page (common/ShowCell). */
const Cell = ({ source, children, wide }: { source: string; children: ReactElement; wide?: boolean }) => (
  <ShowCell source={source} resource="offers" wide={wide}>
    {children}
  </ShowCell>
);

export const OfferShow = () => (
  <Show actions={<Actions />}>
    <Grid container spacing={2} sx={{ p: 2 }}>
      <Cell source="title">
        <TextField source="title" />
      </Cell>
      <Cell source="providerId">
        <ReferenceField source="providerId" reference="providers" link="show" />
      </Cell>
      <Cell source="capacity">
        <CapacityChip />
      </Cell>
      <Cell source="description" wide>
        <TextField source="description" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
      </Cell>
      <Cell source="categoryKeys">
        <NeedCategoriesField />
      </Cell>
      <Cell source="districtIds">
        <OfferDistrictsField />
      </Cell>
      <Cell source="languages">
        <LanguagesField />
      </Cell>
      <Cell source="age">
        <AgeRangeField />
      </Cell>
      <Cell source="costFree">
        <CostFreeField />
      </Cell>
      <Cell source="openingHours">
        <TextField source="openingHours" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
      </Cell>
      <Cell source="openingSchedule">
        <OpeningScheduleField />
      </Cell>
      <Cell source="phone">
        <TextField source="phone" emptyText="–" />
      </Cell>
      <Cell source="email">
        <EmailField source="email" emptyText="–" />
      </Cell>
      <Cell source="address">
        <OfferAddressField />
      </Cell>
      <Cell source="addressHidden">
        <YesNoField source="addressHidden" />
      </Cell>
      <Cell source="active">
        <YesNoField source="active" />
      </Cell>
    </Grid>
  </Show>
);

import type { ReactElement } from 'react';
import { Grid } from '@mui/material';
import { NumberField, ReferenceField, TextField } from 'react-admin';
import { LanguagesField } from '../../../common/LanguageChips';
import { YesNoField } from '../../../common/YesNoField';
import { FamilyStatusChip } from '../../../common/chips';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { StaffField } from '../../../common/staff';
import { ShowCell } from '../../../common/ShowCell';

/** A labelled value of this page (common/ShowCell). */
const Cell = ({ source, children }: { source: string; children: ReactElement }) => (
  <ShowCell source={source} resource="families">
    {children}
  </ShowCell>
);

/** "Überblick": the household facts, owner, district, status and last activity. */
export const OverviewTab = () => (
  <Grid container spacing={2}>
    <Cell source="name">
      <TextField source="name" />
    </Cell>
    <Cell source="status">
      <FamilyStatusChip />
    </Cell>
    <Cell source="ownerId">
      <StaffField source="ownerId" />
    </Cell>
    <Cell source="districtId">
      <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
    </Cell>
    <Cell source="householdSize">
      <NumberField source="householdSize" emptyText="–" />
    </Cell>
    <Cell source="childrenCount">
      <NumberField source="childrenCount" emptyText="–" />
    </Cell>
    <Cell source="singleParent">
      <YesNoField source="singleParent" emptyText="–" />
    </Cell>
    <Cell source="languages">
      <LanguagesField source="languages" emptyText="–" />
    </Cell>
    <Cell source="interpreterNeeded">
      <YesNoField source="interpreterNeeded" />
    </Cell>
    <Cell source="lastActivityAt">
      <LocaleDateField source="lastActivityAt" showTime />
    </Cell>
    <Cell source="createdAt">
      <LocaleDateField source="createdAt" showTime />
    </Cell>
  </Grid>
);

import { lazy } from 'react';
import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceConfig } from '../types';

const screens = () => import('./SignalScreens');

/** signals ("Frühwarnung", issue 20.5): read by team leads and analysts; written by the weekly job only. */
export const signals: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.SignalList }))),
  show: lazy(() => screens().then((module) => ({ default: module.SignalShow }))),
  icon: CampaignIcon,
  recordRepresentation: (record) => `${record.category?.label ?? ''} – ${record.district?.name ?? ''}`,
};

export default signals;

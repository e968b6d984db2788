import { lazy } from 'react';
import MapIcon from '@mui/icons-material/Map';
import type { ResourceConfig } from '../types';

const screens = () => import('./DistrictScreens');

/** districts (Sozialräume / Planungsräume): everyone reads, admin writes; no delete. */
export const districts: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.DistrictList }))),
  show: lazy(() => screens().then((module) => ({ default: module.DistrictShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.DistrictEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.DistrictCreate }))),
  icon: MapIcon,
  recordRepresentation: (record) =>
    record.sozialraum ? `${record.name} (${record.sozialraum})` : record.name,
};

export default districts;

import { lazy } from 'react';
import BusinessIcon from '@mui/icons-material/Business';
import type { ResourceConfig } from '../types';

const screens = () => import('./OfficeScreens');

/** offices (Standorte): all staff read, admin writes; no delete. */
export const offices: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.OfficeList }))),
  show: lazy(() => screens().then((module) => ({ default: module.OfficeShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.OfficeEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.OfficeCreate }))),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};

export default offices;

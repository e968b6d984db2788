import { lazy } from 'react';
import ApartmentIcon from '@mui/icons-material/Apartment';
import type { ResourceConfig } from '../types';

const screens = () => import('./ProviderScreens');

/** providers (Träger): all staff read, admin and team lead write; never deleted (deactivated). */
export const providers: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.ProviderList }))),
  show: lazy(() => screens().then((module) => ({ default: module.ProviderShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.ProviderEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.ProviderCreate }))),
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};

export default providers;

import { lazy } from 'react';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ResourceConfig } from '../types';

const screens = () => import('./ServiceScreens');

/** services (Verwaltungsleistungen, issue 17 point 4): all office staff read, admins write. */
export const services: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.ServiceList }))),
  show: lazy(() => screens().then((module) => ({ default: module.ServiceShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.ServiceEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.ServiceCreate }))),
  icon: AccountBalanceIcon,
  recordRepresentation: 'titleDe',
};

/** The page "Lebenslagen" (a custom route): the life situations' intros per language. */
export const LifeSituationsPage = lazy(() =>
  screens().then((module) => ({ default: module.LifeSituationsPage })),
);

export default services;

import { lazy } from 'react';
import FamilyRestroomIcon from '@mui/icons-material/FamilyRestroom';
import type { ResourceConfig } from '../types';

const screens = () => import('./FamilyScreens');

/** families (Familien): counsellors and team leads of the office; never deleted (anonymized). */
export const families: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.FamilyList }))),
  show: lazy(() => screens().then((module) => ({ default: module.FamilyShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.FamilyEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.FamilyCreate }))),
  icon: FamilyRestroomIcon,
  recordRepresentation: 'name',
};

export default families;

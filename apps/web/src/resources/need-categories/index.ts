import { lazy } from 'react';
import CategoryIcon from '@mui/icons-material/Category';
import type { ResourceConfig } from '../types';

const screens = () => import('./NeedCategoryScreens');

/** need-categories (Bedarfskategorien): everyone reads, admin writes and may delete unused ones. */
export const needCategories: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.NeedCategoryList }))),
  show: lazy(() => screens().then((module) => ({ default: module.NeedCategoryShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.NeedCategoryEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.NeedCategoryCreate }))),
  icon: CategoryIcon,
  recordRepresentation: 'labelDe',
};

export default needCategories;

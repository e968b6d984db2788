import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';
import type { ResourceConfig } from '../types';

const screens = () => import('./UserScreens');

/** users: admin only (the policy's user.* actions); never deleted, deactivated instead. */
export const users: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.UserList }))),
  show: lazy(() => screens().then((module) => ({ default: module.UserShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.UserEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.UserCreate }))),
  icon: PeopleIcon,
  recordRepresentation: (record) => record.displayName || record.email,
};

export default users;

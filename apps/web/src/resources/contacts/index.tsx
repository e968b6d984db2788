import { lazy } from 'react';
import ForumIcon from '@mui/icons-material/Forum';
import type { ResourceConfig } from '../types';
import { ContactTitle } from './ContactTitle';

const screens = () => import('./ContactScreens');

/** contacts (Kontakte): anonymous or of a family; counsellors and team leads of the office. */
export const contacts: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.ContactList }))),
  show: lazy(() => screens().then((module) => ({ default: module.ContactShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.ContactEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.ContactCreate }))),
  icon: ForumIcon,
  recordRepresentation: <ContactTitle />,
};

export default contacts;

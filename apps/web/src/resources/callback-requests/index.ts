import { lazy } from 'react';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import type { ResourceConfig } from '../types';

const screens = () => import('./CallbackRequestScreens');

/**
 * callback-requests (Rückrufbitten): requests of families from the Familienportal to the office;
 * counsellors and team leads take them, record the outcome, close them, turn them into a contact,
 * or delete one at once when the family withdraws its consent.
 */
export const callbackRequests: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.CallbackRequestList }))),
  show: lazy(() => screens().then((module) => ({ default: module.CallbackRequestShow }))),
  icon: PhoneCallbackIcon,
  recordRepresentation: 'topicLabel',
};

export default callbackRequests;

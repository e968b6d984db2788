import { lazy } from 'react';
import RateReviewIcon from '@mui/icons-material/RateReview';
import type { ResourceConfig } from '../types';

const screens = () => import('./OfferChangeScreens');

/** offer-change-requests ("Änderungen prüfen", issue 21.3): reviewed by team leads and admins. */
export const offerChanges: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.OfferChangeList }))),
  show: lazy(() => screens().then((module) => ({ default: module.OfferChangeShow }))),
  icon: RateReviewIcon,
  recordRepresentation: 'offerTitle',
};

export default offerChanges;

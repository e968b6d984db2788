import { lazy } from 'react';
import ShareIcon from '@mui/icons-material/Share';
import type { ResourceConfig } from '../types';

const screens = () => import('./ReferralScreens');

/**
 * referrals (Vermittlungen): created from a need on the family page; listed for the office and
 * on each family's tab; provider users see their incoming ones on their start page.
 */
export const referrals: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.ReferralList }))),
  show: lazy(() => screens().then((module) => ({ default: module.ReferralShow }))),
  icon: ShareIcon,
  recordRepresentation: 'categoryKey',
};

/** The start page of provider users ("Eingegangene Vermittlungen"). */
export const IncomingReferralsPage = lazy(() =>
  screens().then((module) => ({ default: module.IncomingReferrals })),
);

export default referrals;

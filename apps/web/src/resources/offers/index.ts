import { lazy } from 'react';
import StorefrontIcon from '@mui/icons-material/Storefront';
import type { ResourceConfig } from '../types';

const screens = () => import('./OfferScreens');

/**
 * offers (Angebote): the directory for all staff; admins and team leads create and edit every
 * field, provider users a few fields of their own provider's offers ("Unsere Angebote").
 */
export const offers: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.OfferDirectory }))),
  show: lazy(() => screens().then((module) => ({ default: module.OfferShow }))),
  edit: lazy(() => screens().then((module) => ({ default: module.OfferEdit }))),
  create: lazy(() => screens().then((module) => ({ default: module.OfferCreate }))),
  icon: StorefrontIcon,
  recordRepresentation: 'title',
};

/** The page "Unsere Angebote" of provider users (a custom route). */
export const OurOffersPage = lazy(() => screens().then((module) => ({ default: module.OurOffers })));

export default offers;

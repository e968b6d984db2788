/** The screens of this resource: one lazily loaded chunk. */
export { OfferCreate } from './OfferCreate';
export { OfferDirectory } from './OfferDirectory';
export { OfferEdit } from './OfferEdit';
export { OfferShow } from './OfferShow';
export { OurOffers } from './OurOffers';

import type { TextsByTitle } from './types';

/** Every demo offer in Leichte Sprache. */
// prettier-ignore
export const OFFER_TEXTS_LS: TextsByTitle = {};

import type { TextsByTitle } from './types';

/** Ten well-used demo offers in English, Ukrainian, Arabic and Turkish. */
// prettier-ignore
export const OFFER_TEXTS: TextsByTitle = {};

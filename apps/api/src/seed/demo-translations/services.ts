import type { TextsByTitle } from './types';

/** The eleven demo services (demo-services-data.ts) in Leichte Sprache, English, Ukrainian, Arabic and Turkish. */
// prettier-ignore
export const SERVICE_TEXTS: TextsByTitle = {};

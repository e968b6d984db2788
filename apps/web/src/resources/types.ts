import type { ResourceProps } from 'react-admin';

/** What each resource folder's index.ts exports (style.md, "react-admin resources"). */
export type ResourceConfig = Pick<
  ResourceProps,
  'list' | 'show' | 'edit' | 'create' | 'icon' | 'recordRepresentation'
>;

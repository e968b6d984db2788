/** The screens of this resource: one lazily loaded chunk. */
export { OfficeCreate } from './OfficeCreate';
export { OfficeEdit } from './OfficeEdit';
export { OfficeList } from './OfficeList';
export { OfficeShow } from './OfficeShow';

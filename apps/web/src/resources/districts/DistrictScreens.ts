/** The screens of this resource: one lazily loaded chunk. */
export { DistrictCreate } from './DistrictCreate';
export { DistrictEdit } from './DistrictEdit';
export { DistrictList } from './DistrictList';
export { DistrictShow } from './DistrictShow';

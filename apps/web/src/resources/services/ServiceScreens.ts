/** The screens of this resource (and the life situations' page): one lazily loaded chunk. */
export { ServiceCreate } from './ServiceCreate';
export { ServiceEdit } from './ServiceEdit';
export { ServiceList } from './ServiceList';
export { ServiceShow } from './ServiceShow';
export { LifeSituationsPage } from '../translations/LifeSituationsPage';

/** The screens of this resource: one lazily loaded chunk. */
export { ProviderCreate } from './ProviderCreate';
export { ProviderEdit } from './ProviderEdit';
export { ProviderList } from './ProviderList';
export { ProviderShow } from './ProviderShow';

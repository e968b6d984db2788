/** The screens of this resource: one lazily loaded chunk. */
export { FamilyCreate } from './FamilyCreate';
export { FamilyEdit } from './FamilyEdit';
export { FamilyList } from './FamilyList';
export { FamilyShow } from './FamilyShow';

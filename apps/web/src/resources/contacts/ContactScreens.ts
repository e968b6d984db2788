/** The screens of this resource: one lazily loaded chunk. */
export { ContactCreate } from './ContactCreate';
export { ContactEdit } from './ContactEdit';
export { ContactList } from './ContactList';
export { ContactShow } from './ContactShow';

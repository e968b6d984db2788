/** The screens of this resource: one lazily loaded chunk. */
export { UserCreate } from './UserCreate';
export { UserEdit } from './UserEdit';
export { UserList } from './UserList';
export { UserShow } from './UserShow';

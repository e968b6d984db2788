/** The screens of this resource: one lazily loaded chunk. */
export { NeedCategoryCreate } from './NeedCategoryCreate';
export { NeedCategoryEdit } from './NeedCategoryEdit';
export { NeedCategoryList } from './NeedCategoryList';
export { NeedCategoryShow } from './NeedCategoryShow';

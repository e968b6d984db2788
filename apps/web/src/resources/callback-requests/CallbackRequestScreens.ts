/** The screens of this resource: one lazily loaded chunk. */
export { CallbackRequestList } from './CallbackRequestList';
export { CallbackRequestShow } from './CallbackRequestShow';

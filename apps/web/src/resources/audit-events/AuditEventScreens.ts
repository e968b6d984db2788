/** The screens of this resource: one lazily loaded chunk. */
export { AuditEventList } from './AuditEventList';
export { AuditEventShow } from './AuditEventShow';

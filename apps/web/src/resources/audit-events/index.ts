import { lazy } from 'react';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import type { ResourceConfig } from '../types';

const screens = () => import('./AuditEventScreens');

/** audit-events (Protokoll): team leads read their office's, admins all; nobody writes. */
export const auditEvents: ResourceConfig = {
  list: lazy(() => screens().then((module) => ({ default: module.AuditEventList }))),
  show: lazy(() => screens().then((module) => ({ default: module.AuditEventShow }))),
  icon: HistoryEduIcon,
  recordRepresentation: (record) => `${record.action} ${record.entity}`,
};

export default auditEvents;

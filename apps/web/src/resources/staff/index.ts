import BadgeIcon from '@mui/icons-material/Badge';
import type { ResourceConfig } from '../types';

/** staff (Mitarbeiter*innen): the office's active counsellors and team leads, for pickers. */
export const staff: ResourceConfig = {
  icon: BadgeIcon,
  recordRepresentation: 'displayName',
};

export default staff;

import NotificationsIcon from '@mui/icons-material/Notifications';
import type { ResourceConfig } from '../types';

/** notifications (Benachrichtigungen): one's own, in the bell of the app bar. */
export const notifications: ResourceConfig = {
  icon: NotificationsIcon,
  recordRepresentation: 'title',
};

export default notifications;

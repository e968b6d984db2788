import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ResourceConfig } from '../types';

/** needs (Bedarfe): listed, created and changed on the family page and with contacts. */
export const needs: ResourceConfig = {
  icon: AssignmentIcon,
  recordRepresentation: 'categoryKey',
};

export default needs;

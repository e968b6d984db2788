import PersonIcon from '@mui/icons-material/Person';
import type { ResourceConfig } from '../types';

/** persons (Familienmitglieder): listed, created and edited on the family page only. */
export const persons: ResourceConfig = {
  icon: PersonIcon,
  recordRepresentation: (record) =>
    [record.firstName, record.lastName].filter(Boolean).join(' ') || String(record.id),
};

export default persons;

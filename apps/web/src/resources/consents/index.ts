import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import type { ResourceConfig } from '../types';

/** consents (Einwilligungen): recorded and withdrawn on the family page; never deleted. */
export const consents: ResourceConfig = {
  icon: VerifiedUserIcon,
  recordRepresentation: 'scope',
};

export default consents;

import TransferWithinAStationIcon from '@mui/icons-material/TransferWithinAStation';
import type { ResourceConfig } from '../types';

/** handoffs (Übergaben): read only; they appear in a family's "Verlauf". */
export const handoffs: ResourceConfig = {
  icon: TransferWithinAStationIcon,
};

export default handoffs;

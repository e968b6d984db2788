import { Chip, type ChipProps } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useFieldValue, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import {
  isOverdue,
  type FamilyStatus,
  type FollowUpStatus,
  type NeedStatus,
  type NeedUrgency,
  type OfferCapacity,
  type ReferralStatus,
} from '@lotsen/domain';

type Color = ChipProps['color'];

const FAMILY_STATUS_COLORS: Record<FamilyStatus, Color> = {
  active: 'success',
  closed: 'default',
  anonymized: 'default',
};

const NEED_STATUS_COLORS: Record<NeedStatus, Color> = {
  open: 'info',
  referred: 'primary',
  met: 'success',
  unmet: 'warning',
  withdrawn: 'default',
};

const FOLLOW_UP_STATUS_COLORS: Record<FollowUpStatus, Color> = {
  open: 'info',
  done: 'success',
  cancelled: 'default',
};

const URGENCY_COLORS: Record<NeedUrgency, Color> = { low: 'default', normal: 'default', high: 'error' };

const REFERRAL_STATUS_COLORS: Record<ReferralStatus, Color> = {
  draft: 'default',
  sent: 'info',
  accepted: 'primary',
  in_progress: 'primary',
  completed: 'success',
  declined: 'error',
  cancelled: 'default',
  not_taken_up: 'warning',
  returned: 'warning',
};

/** Capacity at a glance: available green, waiting list amber, full red. */
const CAPACITY_COLORS: Record<OfferCapacity, Color> = {
  available: 'success',
  waitlist: 'warning',
  full: 'error',
};

function makeChip<T extends string>(
  group: string,
  colors: Record<T, Color>,
  defaultSource: string,
  variant: ChipProps['variant'] = 'outlined',
) {
  const EnumChip = (props: Partial<FieldProps>) => {
    const translate = useTranslate();
    const value = useFieldValue({ ...props, source: props.source ?? defaultSource }) as T | null | undefined;
    if (!value) return null;
    return (
      <Chip
        size="small"
        variant={variant}
        color={colors[value] ?? 'default'}
        label={translate(`lotsen.${group}.${value}`, { _: value })}
      />
    );
  };
  return EnumChip;
}

export const FamilyStatusChip = makeChip<FamilyStatus>('familyStatuses', FAMILY_STATUS_COLORS, 'status');
export const NeedStatusChip = makeChip<NeedStatus>('needStatuses', NEED_STATUS_COLORS, 'status');
export const FollowUpStatusChip = makeChip<FollowUpStatus>(
  'followUpStatuses',
  FOLLOW_UP_STATUS_COLORS,
  'status',
);
export const UrgencyChip = makeChip<NeedUrgency>('urgencies', URGENCY_COLORS, 'urgency');
export const ReferralStatusChip = makeChip<ReferralStatus>(
  'referralStatuses',
  REFERRAL_STATUS_COLORS,
  'status',
);
export const CapacityChip = makeChip<OfferCapacity>('offerCapacities', CAPACITY_COLORS, 'capacity', 'filled');

interface FollowUpLike {
  status: FollowUpStatus;
  dueAt: string;
  overdue?: boolean;
}

/** Whether a follow-up is overdue: the API's computed `overdue`, else the rule of libs/domain. */
export function followUpIsOverdue(record: FollowUpLike | undefined): boolean {
  if (!record) return false;
  return typeof record.overdue === 'boolean' ? record.overdue : isOverdue(record);
}

/** A red "überfällig" chip on an overdue follow-up; nothing otherwise. */
export const OverdueChip = () => {
  const record = useRecordContext<FollowUpLike & { id: string }>();
  const translate = useTranslate();
  if (!followUpIsOverdue(record)) return null;
  return (
    <Chip
      size="small"
      color="error"
      icon={<WarningAmberIcon />}
      label={translate('lotsen.common.overdue')}
      sx={{ ml: 1 }}
    />
  );
};

/** Marks what is hidden from the reader: "vertraulich" with a lock. */
export const ConfidentialChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      icon={<LockIcon aria-hidden />}
      label={translate('lotsen.common.confidential')}
      variant="outlined"
    />
  );
};

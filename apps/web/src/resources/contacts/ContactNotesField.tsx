import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ConfidentialChip } from '../../common/chips';

interface ContactLike {
  id: string;
  notes?: string | null;
  confidential?: boolean;
}

/**
 * The notes of a contact. A confidential contact shows its notes to its author only; everyone
 * else gets `notes: null` from the API and sees "vertraulich" with a lock.
 */
export const ContactNotesField = ({ lines }: { label?: string; lines?: number }) => {
  const record = useRecordContext<ContactLike>();
  if (!record) return null;
  if (record.confidential && record.notes == null) return <ConfidentialChip />;
  if (!record.notes) return <Typography variant="body2">–</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      {record.confidential && <ConfidentialChip />}
      <Typography
        variant="body2"
        sx={
          lines
            ? {
                display: '-webkit-box',
                WebkitLineClamp: lines,
                WebkitBoxOrient: 'vertical',
                overflow: 'hidden',
              }
            : { whiteSpace: 'pre-wrap' }
        }
      >
        {record.notes}
      </Typography>
    </Stack>
  );
};

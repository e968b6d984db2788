import { Button } from '@mui/material';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useOutbox } from './OutboxContext';

/** The app bar's "3 Kontakte warten auf Übertragung" while the signed-in person's entries wait. */
export const OutboxCounter = () => {
  const translate = useTranslate();
  const { mine } = useOutbox();
  const waiting = mine.filter((e) => e.status === 'waiting').length;
  if (waiting === 0) return null;
  return (
    <Button
      color="inherit"
      component={Link}
      to="/outreach"
      startIcon={<CloudUploadIcon />}
      data-testid="outbox-counter"
      sx={{ mr: 1, textTransform: 'none' }}
    >
      {translate('lotsen.outreach.waiting', { smart_count: waiting })}
    </Button>
  );
};

import { Button, IconButton, Tooltip } from '@mui/material';
import BoltIcon from '@mui/icons-material/Bolt';
import { useTranslate } from 'react-admin';
import { useQuickContact } from './QuickContactContext';

/** The app bar's "Schnellerfassung" button (also Alt+K). */
export const QuickContactButton = () => {
  const { available, open } = useQuickContact();
  const translate = useTranslate();
  if (!available) return null;
  const label = translate('lotsen.quickContact.button');
  const hint = translate('lotsen.quickContact.tooltip');
  return (
    <Tooltip title={hint}>
      <span>
        <Button
          color="inherit"
          startIcon={<BoltIcon />}
          onClick={open}
          aria-keyshortcuts="Alt+K"
          sx={{ display: { xs: 'none', sm: 'inline-flex' }, mr: 1 }}
        >
          {label}
        </Button>
        <IconButton
          color="inherit"
          onClick={open}
          aria-label={label}
          aria-keyshortcuts="Alt+K"
          sx={{ display: { xs: 'inline-flex', sm: 'none' } }}
        >
          <BoltIcon />
        </IconButton>
      </span>
    </Tooltip>
  );
};

import { useEffect, useRef, useState } from 'react';
import { Box, InputBase } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useCanAccess, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { isSearchShortcut } from './searchShortcut';

/**
 * "Familie finden" in the app bar, for those who may list families: `/` focuses it from any page
 * (unless one is typing), Enter opens the families list filtered by the text (the list's search
 * is typo tolerant), whose search field then has the focus; ArrowDown there reaches the first
 * family, Enter opens it (issue 25, point 6).
 */
export const FamilySearch = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { canAccess } = useCanAccess({ resource: 'families', action: 'list' });
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    if (!canAccess) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (
        !isSearchShortcut({
          key: event.key,
          ctrlKey: event.ctrlKey,
          altKey: event.altKey,
          metaKey: event.metaKey,
          targetTag: target?.tagName ?? '',
          targetEditable: target?.isContentEditable ?? false,
        })
      )
        return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [canAccess]);
  if (!canAccess) return null;
  const label = translate('lotsen.app.familySearch');
  return (
    <Box
      component="form"
      role="search"
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        navigate(q ? `/families?filter=${encodeURIComponent(JSON.stringify({ q }))}` : '/families');
        setText('');
      }}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.5,
        px: 1,
        mx: 1,
        borderRadius: 1,
        bgcolor: 'rgba(255,255,255,0.15)',
        width: { xs: 120, sm: 170, md: 220 },
        flexShrink: 1,
        minWidth: 0,
      }}
    >
      <SearchIcon fontSize="small" aria-hidden />
      <InputBase
        inputRef={input}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={translate('lotsen.app.familySearchPlaceholder')}
        inputProps={{ 'aria-label': label, 'aria-keyshortcuts': '/' }}
        sx={{ color: 'inherit', flex: 1, minWidth: 0, '& input::placeholder': { opacity: 0.85 } }}
      />
    </Box>
  );
};

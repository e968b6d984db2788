import type { ReactNode } from 'react';
import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The buttons above a tab's list. */
export const TabActions = ({ children }: { children: ReactNode }) => (
  <Stack direction="row" spacing={1} useFlexGap sx={{ justifyContent: 'flex-end', flexWrap: 'wrap', mb: 1 }}>
    {children}
  </Stack>
);

/** What a tab shows when its list is empty. */
export const EmptyHint = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(text)}
    </Typography>
  );
};

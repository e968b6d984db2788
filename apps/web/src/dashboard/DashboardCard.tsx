import { useId, type ComponentType, type ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { Button, Link, useTranslate } from 'react-admin';

interface DashboardCardProps {
  /** i18n key of the title. */
  title: string;
  icon: ComponentType<{ color?: 'primary' }>;
  /** Where "Alle anzeigen" leads. */
  to?: string;
  isPending?: boolean;
  error?: unknown;
  /** i18n key of what an empty widget says. */
  emptyText?: string;
  isEmpty?: boolean;
  children?: ReactNode;
}

/** The frame of a dashboard widget: title, "Alle anzeigen", loading, error and empty states. */
export const DashboardCard = ({
  title,
  icon: Icon,
  to,
  isPending,
  error,
  emptyText,
  isEmpty,
  children,
}: DashboardCardProps) => {
  const translate = useTranslate();
  const titleId = useId();
  let body: ReactNode = children;
  if (error) body = <Alert severity="error">{translate('lotsen.common.loadError')}</Alert>;
  else if (isPending) body = <Skeleton variant="rectangular" height={96} />;
  else if (isEmpty && emptyText)
    body = (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
        {translate(emptyText)}
      </Typography>
    );
  return (
    <Card component="section" aria-labelledby={titleId} sx={{ height: '100%' }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Icon color="primary" />
          <Typography id={titleId} component="h2" variant="h6" sx={{ flexGrow: 1 }}>
            {translate(title)}
          </Typography>
          {to && (
            <Button
              component={Link}
              to={to}
              label="lotsen.dashboard.showAll"
              size="small"
              sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
            />
          )}
        </Stack>
        <Box>{body}</Box>
      </CardContent>
    </Card>
  );
};

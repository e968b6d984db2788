import { useId, useState, type MouseEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Badge,
  Box,
  Button,
  CircularProgress,
  Divider,
  IconButton,
  ListItemIcon,
  ListItemText,
  MenuItem,
  MenuList,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import FiberManualRecordIcon from '@mui/icons-material/FiberManualRecord';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import {
  useDataProvider,
  useGetList,
  useLocaleState,
  useNavigate,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { formatDateTime } from '../common/dates';
import { useNotifyError } from '../common/useNotifyError';
import type { LotsenDataProvider } from '../providers/dataProvider';
import { routeOfNotificationLink } from './notificationLink';

interface Notification {
  id: string;
  type: string;
  title: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
  version: number;
  /** The family the link names, read when shown (only for staff who may see it). */
  familyName?: string | null;
  /** A handoff's note, read from the handoff when shown. */
  handoffNote?: string | null;
}

/** The title, naming the family where the title itself does not. */
function titleOf(notification: Notification): string {
  const name = notification.familyName;
  return name && !notification.title.includes(name) ? `${notification.title} – ${name}` : notification.title;
}

/** The unread count is polled every minute (while the tab is visible). */
const POLL_MS = 60_000;
const LATEST = 10;

function useUnreadCount() {
  const dataProvider = useDataProvider<LotsenDataProvider>();
  return useQuery({
    queryKey: ['notifications', 'unreadCount'],
    queryFn: () => dataProvider.countUnreadNotifications(),
    refetchInterval: POLL_MS,
  });
}

/**
 * The bell in the app bar: the unread count, a menu with the latest notifications; a click
 * marks one read and opens its link; "Alle als gelesen markieren" marks all.
 */
/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export const NotificationBell = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const notifyError = useNotifyError();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [markingAll, setMarkingAll] = useState(false);
  const { data: unread = 0 } = useUnreadCount();
  const { data: latest, isPending } = useGetList<Notification>(
    'notifications',
    { pagination: { page: 1, perPage: LATEST }, sort: { field: 'createdAt', order: 'DESC' }, filter: {} },
    { enabled: anchor !== null },
  );
  const [update] = useUpdate<Notification>();

  const refreshNotifications = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });

  const open = (notification: Notification) => {
    setAnchor(null);
    if (!notification.readAt) {
      update(
        'notifications',
        {
          id: notification.id,
          data: { readAt: new Date().toISOString() },
          previousData: notification,
        },
        { mutationMode: 'pessimistic', onSettled: refreshNotifications, onError: notifyError },
      );
    }
    const route = routeOfNotificationLink(notification.link);
    if (route) navigate(route);
  };

  const markAllRead = async () => {
    setMarkingAll(true);
    try {
      await dataProvider.markAllNotificationsRead();
      await refreshNotifications();
    } catch (error) {
      notifyError(error);
    } finally {
      setMarkingAll(false);
    }
  };

  const label = translate('lotsen.notifications.bell', { smart_count: unread });

  return (
    <>
      <Tooltip title={label} describeChild>
        <IconButton
          color="inherit"
          aria-haspopup="menu"
          aria-controls={anchor ? menuId : undefined}
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        >
          {/* the name in text, the badge hidden: a name that contains what one sees (WCAG 2.5.3) */}
          <Box component="span" sx={VISUALLY_HIDDEN}>
            {label}
          </Box>
          <Badge badgeContent={unread} color="error" max={99} aria-hidden>
            {unread > 0 ? <NotificationsIcon /> : <NotificationsNoneIcon />}
          </Badge>
        </IconButton>
      </Tooltip>
      {/* a popover with a heading and a button above the menu: inside role="menu" only menu items
          may stand (axe: aria-required-children) */}
      <Popover
        id={menuId}
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { sx: { width: 440, maxWidth: '100vw' } } }}
      >
        <Box sx={{ px: 2, py: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
          <Typography id={`${menuId}-title`} variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
            {translate('lotsen.notifications.title')}
          </Typography>
          <Button
            size="small"
            startIcon={markingAll ? <CircularProgress size={14} /> : <DoneAllIcon />}
            onClick={markAllRead}
            disabled={markingAll || unread === 0}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {translate('lotsen.notifications.markAllRead')}
          </Button>
        </Box>
        <Divider />
        <MenuList autoFocusItem aria-labelledby={`${menuId}-title`}>
          {isPending && anchor !== null ? (
            <MenuItem disabled>
              <CircularProgress size={18} />
            </MenuItem>
          ) : null}
          {!isPending && (latest ?? []).length === 0 ? (
            <MenuItem disabled>{translate('lotsen.notifications.empty')}</MenuItem>
          ) : null}
          {(latest ?? []).map((notification) => (
            <MenuItem key={notification.id} onClick={() => open(notification)} sx={{ whiteSpace: 'normal' }}>
              <ListItemIcon>
                {notification.readAt ? null : (
                  <FiberManualRecordIcon
                    color="primary"
                    fontSize="small"
                    titleAccess={translate('lotsen.notifications.unread')}
                  />
                )}
              </ListItemIcon>
              <ListItemText
                primary={titleOf(notification)}
                secondary={
                  <>
                    {notification.handoffNote ? (
                      <Box
                        component="span"
                        sx={{ display: 'block', fontStyle: 'italic', color: 'text.primary' }}
                      >
                        {translate('lotsen.notifications.handoffNote', { note: notification.handoffNote })}
                      </Box>
                    ) : null}
                    {[
                      translate(`lotsen.notificationTypes.${notification.type}`, { _: notification.type }),
                      formatDateTime(notification.createdAt, locale, true),
                    ].join(' · ')}
                  </>
                }
                slotProps={{ primary: { sx: { fontWeight: notification.readAt ? 400 : 600 } } }}
              />
            </MenuItem>
          ))}
        </MenuList>
      </Popover>
    </>
  );
};

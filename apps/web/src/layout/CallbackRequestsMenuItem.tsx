import { useQuery } from '@tanstack/react-query';
import { Badge } from '@mui/material';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { CanAccess, Menu, useDataProvider, useTranslate } from 'react-admin';
import type { LotsenDataProvider } from '../providers/dataProvider';

const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/** The open count is polled every minute (while the tab is visible), like the bell's. */
const POLL_MS = 60_000;

const Item = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const { data: open = 0 } = useQuery({
    queryKey: ['callback-requests', 'openCount'],
    queryFn: () => dataProvider.countOpenCallbackRequests(),
    refetchInterval: POLL_MS,
  });
  const name = translate('resources.callback-requests.name', { smart_count: 2 });
  // the badge is for the eye; a screen reader hears the count as part of the entry's name
  return (
    <Menu.Item
      to="/callback-requests"
      primaryText={
        <>
          {name}
          {open > 0 && (
            <span style={VISUALLY_HIDDEN}>
              {translate('lotsen.menu.callbackRequestsOpen', { count: open })}
            </span>
          )}
        </>
      }
      leftIcon={
        <Badge badgeContent={open} color="primary" max={99} aria-hidden>
          <PhoneCallbackIcon />
        </Badge>
      }
    />
  );
};

/** "Rückrufbitten" with the number of open ones (counsellors and team leads of an office). */
export const CallbackRequestsMenuItem = () => (
  <CanAccess resource="callback-requests" action="list">
    <Item />
  </CanAccess>
);

import { useState } from 'react';
import { Badge, Box, Tab, Tabs } from '@mui/material';
import { List, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { PER_PAGE } from '../../common/choices';
import { todayInBerlin } from '../../common/dates';
import { FollowUpTable } from './FollowUpList';
import { TASK_VIEWS, taskFilter, type TaskView } from './followUpTasks';

/** How many of the caller's open follow-ups a view holds (the Content-Range total). */
function useViewCount(view: TaskView, assigneeId: string, today: string): number | undefined {
  return useGetList('follow-ups', {
    filter: taskFilter(view, assigneeId, today),
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'dueAt', order: 'ASC' },
  }).total;
}

const ViewTabs = ({
  assigneeId,
  view,
  onChange,
}: {
  assigneeId: string;
  view: TaskView;
  onChange: (view: TaskView) => void;
}) => {
  const translate = useTranslate();
  const today = todayInBerlin();
  const counts: Record<TaskView, number | undefined> = {
    today: useViewCount('today', assigneeId, today),
    overdue: useViewCount('overdue', assigneeId, today),
    week: useViewCount('week', assigneeId, today),
    all: useViewCount('all', assigneeId, today),
  };
  return (
    <Tabs
      value={view}
      onChange={(_event, value: TaskView) => onChange(value)}
      variant="scrollable"
      allowScrollButtonsMobile
      aria-label={translate('resources.follow-ups.views.label')}
      sx={{ mb: 1 }}
    >
      {TASK_VIEWS.map((key) => {
        const name = translate(`resources.follow-ups.views.${key}`);
        // "heute" carries its count as a badge; the others in brackets
        return (
          <Tab
            key={key}
            value={key}
            label={
              key === 'today' ? (
                <Badge
                  color="error"
                  badgeContent={counts.today ?? 0}
                  showZero
                  max={99}
                  sx={{ '& .MuiBadge-badge': { position: 'static', transform: 'none', ml: 1 } }}
                >
                  {name}
                </Badge>
              ) : (
                `${name} (${counts[key] ?? '…'})`
              )
            }
          />
        );
      })}
    </Tabs>
  );
};

/**
 * "Meine Wiedervorlagen" as a task list (issue 25.7): heute / überfällig / diese Woche / alle,
 * each with its count (heute as a badge); per row Erledigt (with a note), Verschieben and
 * Bearbeiten without leaving the list.
 */
export const MyFollowUps = () => {
  const { identity, isPending } = useGetIdentity();
  const translate = useTranslate();
  const [view, setView] = useState<TaskView>('all');
  if (isPending || !identity) return null;
  const assigneeId = String(identity.id);
  return (
    <Box>
      <ViewTabs assigneeId={assigneeId} view={view} onChange={setView} />
      <List
        key={view}
        resource="follow-ups"
        storeKey={`my-follow-ups-${view}`}
        title={translate('lotsen.menu.myFollowUps')}
        filter={taskFilter(view, assigneeId, todayInBerlin())}
        sort={{ field: 'dueAt', order: 'ASC' }}
        perPage={PER_PAGE}
        exporter={false}
        actions={false}
        disableSyncWithLocation
        empty={false}
      >
        <FollowUpTable showAssignee={false} />
      </List>
    </Box>
  );
};

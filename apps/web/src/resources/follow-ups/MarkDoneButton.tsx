import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { useNotifyError } from '../../common/useNotifyError';

/** Marks an open follow-up done with one click (PUT {status: 'done', version}). */
export const MarkDoneButton = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'follow-ups', action: 'edit', record, enabled: !!record });
  if (!record || record.status !== 'open' || !canAccess) return null;

  const markDone = () =>
    update(
      'follow-ups',
      { id: record.id, data: { status: 'done' }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.follow-ups.markDone.done', { type: 'info' });
          refresh();
        },
        onError: notifyError,
      },
    );

  return (
    <Button
      label="resources.follow-ups.markDone.button"
      onClick={(event) => {
        event.stopPropagation();
        markDone();
      }}
      disabled={isPending}
      color="success"
    >
      <TaskAltIcon />
    </Button>
  );
};

import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button,
  Confirm,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useUpdate,
} from 'react-admin';
import { useNotifyError } from '../../common/useNotifyError';

/** Withdraws a consent (PUT {withdrawnAt, version}); a consent is revocable at any time. */
export const WithdrawConsentButton = () => {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'consents', action: 'edit', record, enabled: !!record });
  if (!record || record.withdrawnAt || !canAccess) return null;

  const withdraw = () =>
    update(
      'consents',
      { id: record.id, data: { withdrawnAt: new Date().toISOString() }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('resources.consents.withdraw.done', { type: 'info' });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notifyError(error);
        },
      },
    );

  return (
    <>
      <Button
        label="resources.consents.withdraw.button"
        color="warning"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.consents.withdraw.title"
        content="resources.consents.withdraw.content"
        onConfirm={withdraw}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

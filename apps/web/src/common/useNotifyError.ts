import { useCallback } from 'react';
import { useNotify } from 'react-admin';

/**
 * Notifies an error of the API as react-admin does, except validation errors, which the form
 * shows on its fields (error.body.errors).
 */
export function useNotifyError(): (error: unknown) => void {
  const notify = useNotify();
  return useCallback(
    (error: unknown) => {
      const errors = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body?.errors;
      if (errors && Object.keys(errors).length > 0) return;
      const message =
        typeof error === 'string'
          ? error
          : error instanceof Error && error.message
            ? error.message
            : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    },
    [notify],
  );
}

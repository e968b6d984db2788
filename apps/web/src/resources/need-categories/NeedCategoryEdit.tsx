import { DeleteButton, Edit, HttpError, SaveButton, SimpleForm, Toolbar, useNotify } from 'react-admin';
import { NeedCategoryInputs } from './NeedCategoryInputs';

/**
 * Save, and delete (admin only, via canAccess). Deleting a category in use answers 409 IN_USE:
 * say that it can only be deactivated.
 */
const NeedCategoryToolbar = () => {
  const notify = useNotify();
  const onDeleteError = (error: unknown) => {
    const inUse = error instanceof HttpError && error.body?.code === 'IN_USE';
    const message = inUse
      ? 'resources.need-categories.errors.inUse'
      : error instanceof Error && error.message
        ? error.message
        : 'ra.notification.http_error';
    notify(message, { type: 'error', messageArgs: { _: message } });
  };
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      <DeleteButton mutationMode="pessimistic" mutationOptions={{ onError: onDeleteError }} />
    </Toolbar>
  );
};

export const NeedCategoryEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm toolbar={<NeedCategoryToolbar />}>
      <NeedCategoryInputs mode="edit" />
    </SimpleForm>
  </Edit>
);

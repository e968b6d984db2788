import { useId, useState, type ReactElement, type ReactNode } from 'react';
import { Dialog, DialogTitle } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import {
  Button,
  CreateBase,
  EditBase,
  SaveButton,
  SimpleForm,
  Toolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type Identifier,
  type RaRecord,
} from 'react-admin';
import { DuplicateDialog, useDuplicateHint } from './DuplicateHint';
import { useNotifyError } from './useNotifyError';

const DialogToolbar = ({ onCancel }: { onCancel: () => void }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <Button label="ra.action.cancel" onClick={onCancel} />
    <SaveButton />
  </Toolbar>
);

/**
 * A form dialog opens with the focus on its first field (issue 25, point 6); closing it gives the
 * focus back to the button that opened it (MUI's dialog does that). A search-as-you-type field
 * (react-admin's autocomplete opens its whole list on focus, covering the form) is passed over
 * for the next field; Shift+Tab reaches it.
 */
function focusFirstField(node: HTMLElement): void {
  // the user (or a test) already went to a field while the dialog faded in: leave the focus there
  const active = document.activeElement;
  if (
    active instanceof HTMLElement &&
    node.contains(active) &&
    active.matches('input, textarea, button, [role=combobox]')
  )
    return;
  const field = node.querySelector<HTMLElement>(
    'input:not([type=hidden]):not([disabled]):not([readonly]):not([aria-autocomplete]), textarea:not([disabled]):not([readonly]), [role=combobox]:not(input):not([aria-disabled=true])',
  );
  field?.focus();
}

/** Keeps clicks inside a dialog from reaching a list row the dialog was opened from. */
const stop = (event: { stopPropagation: () => void }) => event.stopPropagation();

interface DialogButtonProps {
  resource: string;
  /** i18n key of the button. */
  label: string;
  /** i18n key of the dialog's title; the button's label when not given. */
  title?: string;
  icon?: ReactElement;
  children: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
  transform?: (data: Record<string, unknown>) => Record<string, unknown>;
}

interface CreateDialogButtonProps extends DialogButtonProps {
  /** Prefilled values, e.g. `{ familyId }`. */
  record?: Partial<RaRecord>;
  /** i18n key of the duplicate hint's explanation: turns the hint on (families, persons). */
  duplicateIntro?: string;
  variant?: 'text' | 'outlined' | 'contained';
}

/**
 * A button that creates a record in a dialog (quick at a front desk: no page change). After
 * saving the page refreshes, so that lists and the family's last activity are current.
 */
export const CreateDialogButton = ({
  resource,
  label,
  title,
  icon,
  children,
  record,
  duplicateIntro,
  maxWidth = 'sm',
  transform,
  variant,
}: CreateDialogButtonProps) => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  if (!canAccess) return null;
  return (
    <>
      <Button label={label} onClick={() => setOpen(true)} variant={variant}>
        {icon ?? <AddIcon />}
      </Button>
      {open && (
        <CreateDialog
          resource={resource}
          title={title ?? label}
          record={record}
          duplicateIntro={duplicateIntro}
          maxWidth={maxWidth}
          transform={transform}
          onClose={() => setOpen(false)}
        >
          {children}
        </CreateDialog>
      )}
    </>
  );
};

const CreateDialog = ({
  resource,
  title,
  record,
  duplicateIntro,
  maxWidth,
  transform,
  onClose,
  children,
}: Omit<CreateDialogButtonProps, 'label' | 'icon' | 'variant'> & { title: string; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useNotifyError();
  const titleId = useId();
  const { hint, onError: onDuplicateError, clear } = useDuplicateHint();
  const onSuccess = () => {
    notify('lotsen.dialogs.created', {
      type: 'success',
      messageArgs: { what: translate(`resources.${resource}.name`, { smart_count: 1 }) },
    });
    onClose();
    refresh();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
      onClick={stop}
      slotProps={{ transition: { onEntered: focusFirstField } }}
    >
      <CreateBase
        resource={resource}
        record={record}
        redirect={false}
        transform={transform}
        mutationOptions={{ onSuccess, onError: duplicateIntro ? onDuplicateError : notifyError }}
      >
        <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
        <SimpleForm toolbar={<DialogToolbar onCancel={onClose} />}>
          {children}
          {duplicateIntro && <DuplicateDialog hint={hint} onClose={clear} intro={duplicateIntro} />}
        </SimpleForm>
      </CreateBase>
    </Dialog>
  );
};

interface EditDialogButtonProps extends Omit<DialogButtonProps, 'label'> {
  /** The record to edit; the record of the context (a list row) when not given. */
  record?: RaRecord;
  label?: string;
}

/** A button that edits a record in a dialog (pessimistic: a stale version is shown, not lost). */
export const EditDialogButton = ({
  resource,
  record: recordProp,
  label = 'ra.action.edit',
  title,
  icon,
  children,
  maxWidth = 'sm',
  transform,
}: EditDialogButtonProps) => {
  const recordFromContext = useRecordContext();
  const record = recordProp ?? recordFromContext;
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource, action: 'edit', record, enabled: !!record });
  if (!record || !canAccess) return null;
  return (
    <>
      <Button
        label={label}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        {icon ?? <EditIcon />}
      </Button>
      {open && (
        <EditDialog
          resource={resource}
          id={record.id}
          title={title ?? editTitle(record)}
          maxWidth={maxWidth}
          transform={transform}
          onClose={() => setOpen(false)}
        >
          {children}
        </EditDialog>
      )}
    </>
  );
};

/** The default title of an edit dialog: what is edited, and which one ("Person „Henrike Hoffmann“ bearbeiten"). */
interface EditTitle {
  label: string | null;
}

/** A record's own name for the title: its name, a person's name, or its title. */
function editTitle(record: RaRecord): EditTitle {
  const person = [record.firstName, record.lastName]
    .filter((part) => typeof part === 'string' && part)
    .join(' ');
  const label =
    (typeof record.name === 'string' && record.name) ||
    person ||
    (typeof record.title === 'string' && record.title) ||
    null;
  return { label };
}

const EditDialog = ({
  resource,
  id,
  title,
  maxWidth,
  transform,
  onClose,
  children,
}: Omit<DialogButtonProps, 'label' | 'icon' | 'title'> & {
  id: Identifier;
  title: string | EditTitle;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useNotifyError();
  const titleId = useId();
  const onSuccess = () => {
    notify('lotsen.dialogs.updated', {
      type: 'success',
      messageArgs: { what: translate(`resources.${resource}.name`, { smart_count: 1 }) },
    });
    onClose();
    refresh();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby={titleId}
      onClick={stop}
      slotProps={{ transition: { onEntered: focusFirstField } }}
    >
      <EditBase
        resource={resource}
        id={id}
        redirect={false}
        mutationMode="pessimistic"
        transform={transform}
        mutationOptions={{ onSuccess, onError: notifyError }}
      >
        <DialogTitle id={titleId}>
          {typeof title === 'string'
            ? translate(title)
            : translate(title.label ? 'lotsen.dialogs.editNamed' : 'lotsen.dialogs.edit', {
                what: translate(`resources.${resource}.name`, { smart_count: 1 }),
                label: title.label,
              })}
        </DialogTitle>
        <SimpleForm toolbar={<DialogToolbar onCancel={onClose} />}>{children}</SimpleForm>
      </EditBase>
    </Dialog>
  );
};

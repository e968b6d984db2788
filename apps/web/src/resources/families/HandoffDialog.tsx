import { useCallback, useId, useMemo, useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import TransferWithinAStationIcon from '@mui/icons-material/TransferWithinAStation';
import {
  AutocompleteInput,
  BooleanInput,
  Button,
  Form,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useDataProvider,
  useGetList,
  useListContext,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUnselectAll,
  useCanAccess,
  type Identifier,
} from 'react-admin';
import { LIMITS } from '@lotsen/domain';
import type { HandoffParams, LotsenDataProvider } from '../../providers/dataProvider';
import { useNotifyError } from '../../common/useNotifyError';
import { StaffOption, staffMatches } from '../../common/staff';

interface StaffMember {
  id: string;
  displayName: string;
  role: string;
  email?: string;
  officeName?: string | null;
}

const validateTarget = [required()];
const validateNote = [maxLength(LIMITS.textMax)];

interface HandoffDialogProps {
  title: string;
  titleArgs?: Record<string, unknown>;
  /** The current owner, not offered as the new one (single handoff). */
  excludeUserId?: string | null;
  /** The families handed over: their open follow-ups of the old owner are counted. */
  familyIds: Identifier[];
  onClose: () => void;
  onSubmit: (values: HandoffParams) => Promise<unknown>;
}

/** Pick a colleague of the office (GET /api/staff) and add a note for them. */
const HandoffDialog = ({
  title,
  titleArgs,
  excludeUserId,
  familyIds,
  onClose,
  onSubmit,
}: HandoffDialogProps) => {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const titleId = useId();
  const { data: staff, isPending } = useGetList<StaffMember>('staff', {
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'displayName', order: 'ASC' },
    filter: {},
  });
  // what the handover carries: open follow-ups assigned to each family's (old) owner
  const { total: followUps } = useGetList('follow-ups', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'dueAt', order: 'ASC' },
    filter: { familyId: familyIds, status: 'open', ownerAssigned: true },
  });
  const choices = useMemo(
    () => (staff ?? []).filter((member) => member.id !== excludeUserId),
    [staff, excludeUserId],
  );
  const inputText = useCallback(
    (member: StaffMember) =>
      `${member.displayName} (${translate(`lotsen.roles.${member.role}`, { _: member.role })})`,
    [translate],
  );

  const submit = async (values: Record<string, unknown>) => {
    try {
      await onSubmit({
        toUserId: String(values.toUserId),
        note: (values.note as string | null) ?? null,
        moveFollowUps: values.moveFollowUps !== false,
      });
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      aria-labelledby={titleId}
      onClick={(event) => event.stopPropagation()}
    >
      <Form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title, titleArgs)}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate('resources.families.handoff.intro')}
          </DialogContentText>
          <AutocompleteInput
            source="toUserId"
            label="resources.families.handoff.toUserId"
            choices={choices}
            optionText={<StaffOption showRole />}
            inputText={inputText}
            matchSuggestion={staffMatches}
            isPending={isPending}
            validate={validateTarget}
            autoHighlight
            autoFocus
          />
          <TextInput
            source="note"
            label="resources.families.handoff.note"
            multiline
            minRows={2}
            validate={validateNote}
            helperText="resources.families.handoff.noteHelp"
          />
          <BooleanInput
            source="moveFollowUps"
            defaultValue
            label={translate('resources.families.handoff.moveFollowUps', {
              smart_count: followUps ?? 0,
            })}
            helperText={
              followUps === undefined ? false : translate('resources.families.handoff.moveFollowUpsHelp')
            }
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="resources.families.handoff.submit" icon={<TransferWithinAStationIcon />} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** "Übergeben" on the family page: for the owner, and for team leads any family of the office. */
export const HandoffButton = () => {
  const record = useRecordContext();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({
    resource: 'families',
    action: 'family.handoff',
    record,
    enabled: !!record,
  });
  if (!record || !canAccess || record.status === 'anonymized') return null;

  const submit = async (values: HandoffParams) => {
    await dataProvider.handOffFamily(record.id, values);
    notify('resources.families.handoff.done', { type: 'info' });
    setOpen(false);
    refresh();
  };

  return (
    <>
      <Button label="resources.families.handoff.button" onClick={() => setOpen(true)}>
        <TransferWithinAStationIcon />
      </Button>
      {open && (
        <HandoffDialog
          title="resources.families.handoff.title"
          titleArgs={{ name: record.name }}
          excludeUserId={record.ownerId}
          familyIds={[record.id]}
          onClose={() => setOpen(false)}
          onSubmit={submit}
        />
      )}
    </>
  );
};

/** Bulk action of the families list (team leads): all selected families go to one colleague. */
export const BulkHandoffButton = () => {
  const { selectedIds, resource } = useListContext();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource ?? 'families');

  const submit = async (values: HandoffParams) => {
    const families = await dataProvider.handOffFamilies(selectedIds as Identifier[], values);
    notify('resources.families.handoff.bulkDone', {
      type: 'info',
      messageArgs: { smart_count: families.length || selectedIds.length },
    });
    setOpen(false);
    unselectAll();
    refresh();
  };

  return (
    <>
      <Button label="resources.families.handoff.button" onClick={() => setOpen(true)}>
        <TransferWithinAStationIcon />
      </Button>
      {open && (
        <HandoffDialog
          title="resources.families.handoff.bulkTitle"
          titleArgs={{ smart_count: selectedIds.length }}
          familyIds={selectedIds as Identifier[]}
          onClose={() => setOpen(false)}
          onSubmit={submit}
        />
      )}
    </>
  );
};

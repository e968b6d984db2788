import { useId, useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import {
  Button,
  Form,
  RadioButtonGroupInput,
  SaveButton,
  required,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { ANONYMIZE_REASONS } from '@lotsen/domain';
import { downloadFile } from '../../providers/dataProvider';
import { API_URL, httpClient } from '../../providers/httpClient';
import { useNotifyError } from '../../common/useNotifyError';

const familyPath = (id: unknown, action: string) =>
  `${API_URL}/families/${encodeURIComponent(String(id))}/${action}`;

/** The file name the API suggests (`Content-Disposition`), else a German fallback. */
function suggestedFileName(header: string | null, fallback: string): string {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match ? match[1] : fallback;
}

/** Saves a file the API sent (`Content-Disposition` names it). */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * "Exportieren (Art. 15)": asks first (the export holds everything stored about the family and is
 * recorded in the audit trail), then downloads it as a readable PDF for the family or as the
 * complete JSON (issue 25, point 12).
 */
export const ExportFamilyButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const { canAccess } = useCanAccess({
    resource: 'families',
    action: 'family.export',
    record,
    enabled: !!record,
  });
  if (!record || !canAccess) return null;

  const download = async (format: 'pdf' | 'json') => {
    setBusy(true);
    try {
      const fallback = `Auskunft-Familie-${String(record.id).slice(0, 8)}.${format}`;
      if (format === 'json') {
        const { json, headers } = await httpClient(familyPath(record.id, 'export'));
        const blob = new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' });
        saveBlob(blob, suggestedFileName(headers.get('Content-Disposition'), fallback));
      } else {
        const { blob, fileName } = await downloadFile(`${familyPath(record.id, 'export')}?format=pdf`);
        saveBlob(blob, suggestedFileName(fileName, fallback));
      }
      setOpen(false);
      notify('resources.families.dataProtection.exported', {
        type: 'success',
        messageArgs: { name: String(record.name ?? '') },
      });
    } catch (error) {
      notifyError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="resources.families.dataProtection.export" onClick={() => setOpen(true)}>
        <DownloadIcon />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        aria-labelledby={titleId}
        maxWidth="sm"
        fullWidth
        slotProps={{
          transition: {
            onEntered: (node: HTMLElement) => node.querySelector<HTMLElement>('[data-primary]')?.focus(),
          },
        }}
      >
        <DialogTitle id={titleId}>
          {translate('resources.families.dataProtection.exportTitle', { name: String(record.name ?? '') })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>{translate('resources.families.dataProtection.exportIntro')}</DialogContentText>
        </DialogContent>
        <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="resources.families.dataProtection.exportJson"
            onClick={() => void download('json')}
            disabled={busy}
          />
          <Button
            label="resources.families.dataProtection.exportPdf"
            variant="contained"
            onClick={() => void download('pdf')}
            disabled={busy}
            data-primary
          />
        </DialogActions>
      </Dialog>
    </>
  );
};

const validateReason = [required()];

/**
 * "Anonymisieren" (team leads of the office): a confirmation dialog that says what is erased and
 * what stays, asks for the reason, and then erases for good.
 */
export const AnonymizeFamilyButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const refresh = useRefresh();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({
    resource: 'families',
    action: 'family.anonymize',
    record,
    enabled: !!record,
  });
  if (!record || !canAccess || record.status === 'anonymized') return null;

  const submit = async (values: Record<string, unknown>) => {
    try {
      await httpClient(familyPath(record.id, 'anonymize'), {
        method: 'POST',
        body: JSON.stringify({ reason: values.reason }),
      });
      notify('resources.families.dataProtection.anonymized', { type: 'info' });
      setOpen(false);
      refresh();
    } catch (error) {
      notifyError(error);
    }
  };

  return (
    <>
      <Button label="resources.families.dataProtection.anonymize" color="error" onClick={() => setOpen(true)}>
        <PersonOffIcon />
      </Button>
      {open && (
        <Dialog
          open
          onClose={() => setOpen(false)}
          fullWidth
          maxWidth="sm"
          aria-labelledby={titleId}
          onClick={(event) => event.stopPropagation()}
        >
          <Form onSubmit={submit} noValidate>
            <DialogTitle id={titleId}>
              {translate('resources.families.dataProtection.confirmTitle', { name: record.name })}
            </DialogTitle>
            <DialogContent>
              <Alert severity="warning" sx={{ mb: 2 }}>
                {translate('resources.families.dataProtection.irreversible')}
              </Alert>
              <DialogContentText sx={{ mb: 1 }}>
                {translate('resources.families.dataProtection.erased')}
              </DialogContentText>
              <DialogContentText sx={{ mb: 2 }}>
                {translate('resources.families.dataProtection.kept')}
              </DialogContentText>
              <RadioButtonGroupInput
                source="reason"
                label="resources.families.dataProtection.reason"
                choices={ANONYMIZE_REASONS.map((id) => ({
                  id,
                  name: `resources.families.dataProtection.reasons.${id}`,
                }))}
                row={false}
                validate={validateReason}
              />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
              <SaveButton
                label="resources.families.dataProtection.confirm"
                color="error"
                icon={<PersonOffIcon />}
                alwaysEnable
              />
            </DialogActions>
          </Form>
        </Dialog>
      )}
    </>
  );
};

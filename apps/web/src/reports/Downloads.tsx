import { useState } from 'react';
import { Box, Button, CircularProgress, LinearProgress, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useNotify, useTranslate } from 'react-admin';
import { EXPORT_FORMATS, fileNameOf, type ExportFormat } from './demandReport';

/** A file the API answers: the blob and its `Content-Disposition` header. */
export type FetchFile = (format: ExportFormat) => Promise<{ blob: Blob; fileName: string | null }>;

export const DOWNLOAD_LABEL: Record<ExportFormat, string> = {
  csv: 'lotsen.reports.downloadCsv',
  xlsx: 'lotsen.reports.downloadXlsx',
  pdf: 'lotsen.reports.downloadPdf',
};

/** The live report's buttons: "CSV (vorläufig)" … */
export const LIVE_DOWNLOAD_LABEL: Record<ExportFormat, string> = {
  csv: 'lotsen.reports.liveCsv',
  xlsx: 'lotsen.reports.liveXlsx',
  pdf: 'lotsen.reports.livePdf',
};

/** The i18n key of a failed request: `lotsen.errors.<CODE>` from the error code (errors.ts). */
const errorKeyOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

/** Saves a blob under `name` as the browser's download. */
function saveFile(blob: Blob, name: string): void {
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
 * One button per format ("CSV herunterladen", … or the live report's "CSV (vorläufig)", …): fetch
 * the file with the session and save it. While one runs, the buttons are disabled, the running
 * one shows a spinner and a progress bar runs under them; a failure is told in German from the
 * error code, in a notification and beside the buttons.
 */
export const DownloadButtons = ({
  fetchFile,
  fallbackName,
  labels = DOWNLOAD_LABEL,
  disabled = false,
}: {
  fetchFile: FetchFile;
  fallbackName: (format: ExportFormat) => string;
  labels?: Record<ExportFormat, string>;
  disabled?: boolean;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setFailed(null);
    try {
      const { blob, fileName } = await fetchFile(format);
      saveFile(blob, fileNameOf(fileName, fallbackName(format)));
    } catch (error) {
      const reason = translate(errorKeyOf(error), { _: translate('ra.notification.http_error') });
      const message = translate('lotsen.reports.downloadFailed', { reason });
      setFailed(message);
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Box>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {EXPORT_FORMATS.map((format) => (
          <Button
            key={format}
            size="small"
            onClick={() => void download(format)}
            disabled={disabled || busy !== null}
            aria-busy={busy === format}
            data-format={format}
            startIcon={
              busy === format ? (
                <CircularProgress size={16} aria-label={translate('lotsen.reports.downloading')} />
              ) : (
                <DownloadIcon />
              )
            }
          >
            {translate(labels[format])}
          </Button>
        ))}
      </Stack>
      {busy !== null ? (
        <LinearProgress sx={{ mt: 0.5 }} aria-label={translate('lotsen.reports.downloading')} />
      ) : null}
      {failed ? (
        <Typography role="alert" variant="body2" color="error" sx={{ mt: 0.5 }}>
          {failed}
        </Typography>
      ) : null}
    </Box>
  );
};

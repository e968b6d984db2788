import { useState, type FormEvent } from 'react';
import {
  Alert,
  Autocomplete,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useGetIdentity, useGetList, useTranslate } from 'react-admin';
import {
  OFFLINE_MAX_NEEDS,
  OFFLINE_NOTE_MAX,
  offlineEntryProblem,
  UNMET_REASONS,
  type UnmetReason,
} from '@lotsen/domain';
import { InlinePopper, NeedCategoryPicker, type CategoryChoice } from '../common/NeedCategoryPicker';
import { ContactWhenField } from '../layout/quick-contact/ContactWhenField';
import { occurredAtOf, type QuickContactWhen } from '../layout/quick-contact/quickContactTime';
import { useOutbox } from './OutboxContext';
import { DISTRICT_QUERY } from './referenceQueries';

interface District {
  id: string;
  name: string;
}

/**
 * One anonymous outreach contact, as at the desk in three inputs — Sozialraum, needs (each with an
 * optional reason why it stayed unmet), when — and an optional note that names nobody. It always
 * goes into the device's queue first, online or not; the queue sends it (docs/offline-outreach.md).
 */
export const OutreachForm = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { add } = useOutbox();
  const [district, setDistrict] = useState<District | null>(null);
  const [districtText, setDistrictText] = useState('');
  const [needs, setNeeds] = useState<CategoryChoice[]>([]);
  const [needText, setNeedText] = useState('');
  const [needUnmatched, setNeedUnmatched] = useState<string | null>(null);
  const [reasons, setReasons] = useState<Record<string, UnmetReason | ''>>({});
  const [when, setWhen] = useState<QuickContactWhen>({ kind: 'now' });
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const { data: districts, isPending } = useGetList<District>('districts', DISTRICT_QUERY, {
    networkMode: 'offlineFirst',
  });

  const reset = () => {
    setDistrict(null);
    setDistrictText('');
    setNeeds([]);
    setNeedText('');
    setReasons({});
    setWhen({ kind: 'now' });
    setNote('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!identity) return;
    if (needText.trim() !== '') {
      setNeedUnmatched(needText.trim());
      return;
    }
    if (districtText.trim() !== '' && districtText !== (district?.name ?? '')) {
      setProblem(translate('lotsen.quickContact.districtNotFound', { text: districtText.trim() }));
      return;
    }
    const time = occurredAtOf(when);
    if (time.problem) {
      setProblem(translate(`lotsen.quickContact.whenProblem.${time.problem}`));
      return;
    }
    const entry = {
      id: crypto.randomUUID(),
      ownerId: String(identity.id),
      ownerName: identity.fullName ?? '',
      ownerEmail: typeof identity.email === 'string' ? identity.email : '',
      recordedAt: new Date().toISOString(),
      occurredAt: time.occurredAt ?? new Date().toISOString(),
      districtId: district?.id ?? null,
      districtName: district?.name ?? null,
      summary: note.trim() || null,
      needs: needs.map((need) => ({
        categoryKey: need.key,
        label: need.label,
        unmetReason: reasons[need.key] || null,
      })),
      status: 'waiting' as const,
    };
    const rule = offlineEntryProblem(entry);
    if (rule) {
      setProblem(translate(`lotsen.errors.${rule.code}`));
      return;
    }
    try {
      await add(entry);
    } catch {
      // no IndexedDB (a private window of some browsers, storage full): nothing was kept
      setProblem(translate('lotsen.outreach.storageFailed'));
      return;
    }
    setSaved((n) => n + 1);
    reset();
  };

  return (
    <Card>
      <CardContent>
        <form onSubmit={(event) => void save(event)} noValidate>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate('lotsen.outreach.formIntro')}
            </Typography>
            <Autocomplete
              options={districts ?? []}
              loading={isPending}
              value={district}
              inputValue={districtText}
              clearOnBlur={false}
              onInputChange={(_event, text) => setDistrictText(text)}
              onChange={(_event, value) => setDistrict(value)}
              getOptionLabel={(option) => option.name}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              autoHighlight
              noOptionsText={translate('lotsen.quickContact.noOptions')}
              slots={{ popper: InlinePopper }}
              renderInput={(params) => (
                <TextField {...params} label={translate('lotsen.outreach.district')} />
              )}
            />
            <NeedCategoryPicker
              value={needs}
              onChange={setNeeds}
              inputValue={needText}
              onInputChange={setNeedText}
              unmatched={needUnmatched}
              onUnmatched={setNeedUnmatched}
              max={OFFLINE_MAX_NEEDS}
              label={translate('lotsen.quickContact.needs', { max: OFFLINE_MAX_NEEDS })}
              helperText={translate('lotsen.quickContact.needsHelper', { max: OFFLINE_MAX_NEEDS })}
            />
            {needs.map((need) => (
              <TextField
                key={need.key}
                select
                size="small"
                label={translate('lotsen.outreach.unmetReason', { need: need.label })}
                value={reasons[need.key] ?? ''}
                onChange={(event) =>
                  setReasons((current) => ({
                    ...current,
                    [need.key]: event.target.value as UnmetReason | '',
                  }))
                }
              >
                <MenuItem value="">{translate('lotsen.outreach.notUnmet')}</MenuItem>
                {UNMET_REASONS.map((reason) => (
                  <MenuItem key={reason} value={reason}>
                    {translate(`lotsen.unmetReasons.${reason}`)}
                  </MenuItem>
                ))}
              </TextField>
            ))}
            <ContactWhenField when={when} onChange={setWhen} />
            <TextField
              label={translate('lotsen.outreach.note')}
              helperText={translate('lotsen.outreach.noteHelper')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              slotProps={{ htmlInput: { maxLength: OFFLINE_NOTE_MAX } }}
              multiline
              minRows={1}
            />
            {problem ? (
              <Alert severity="error" role="alert">
                {problem}
              </Alert>
            ) : null}
            {saved > 0 && !problem ? (
              <Alert severity="success" role="status">
                {translate('lotsen.outreach.queued')}
              </Alert>
            ) : null}
            <div>
              <Button type="submit" variant="contained" startIcon={<SaveIcon />}>
                {translate('lotsen.outreach.save')}
              </Button>
            </div>
          </Stack>
        </form>
      </CardContent>
    </Card>
  );
};

import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  Autocomplete,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import { useCreate, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { CONTACT_CHANNELS, type ContactChannel } from '@lotsen/domain';
import { InlinePopper, NeedCategoryPicker, type CategoryChoice } from '../../common/NeedCategoryPicker';
import { useNotifyError } from '../../common/useNotifyError';
import { quickContactPayload } from '../../resources/contacts/contactPayload';
import { ContactWhenField } from './ContactWhenField';
import { occurredAtOf, type QuickContactWhen } from './quickContactTime';
import { enterSaves, QUICK_CONTACT_MAX_NEEDS, QUICK_CONTACT_SHORTCUT } from './shortcut';

interface District {
  id: string;
  name: string;
  active?: boolean;
}

/** What the dialog saved, for the message with "Bearbeiten" and "Rückgängig". */
export interface SavedQuickContact {
  id: string;
  needs: number;
}

/**
 * "Schnellerfassung": an anonymous contact in one step. Channel (walk-in preset), when (now,
 * some minutes ago or a time of today), district (optional) and up to three need categories;
 * Save or Enter sends POST /api/contacts {familyId: null, channel, occurredAt?, districtId,
 * needs: [{categoryKey}]}. Text typed into the district or need field that is not a choice stops
 * the save with a message instead of being dropped (issue 25.2).
 * Focus order: channel → district → needs → when (optional) → Save.
 */
const QuickContactDialog = ({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (saved: SavedQuickContact) => void;
}) => {
  const translate = useTranslate();
  const notifyError = useNotifyError();
  const titleId = useId();
  const channelLabelId = useId();
  const [channel, setChannel] = useState<ContactChannel>('walk_in');
  const [when, setWhen] = useState<QuickContactWhen>({ kind: 'now' });
  const [whenProblem, setWhenProblem] = useState<string | null>(null);
  const [district, setDistrict] = useState<District | null>(null);
  const [districtText, setDistrictText] = useState('');
  const [districtUnmatched, setDistrictUnmatched] = useState(false);
  const [needs, setNeeds] = useState<CategoryChoice[]>([]);
  const [needText, setNeedText] = useState('');
  const [needUnmatched, setNeedUnmatched] = useState<string | null>(null);
  const [create, { isPending: saving }] = useCreate();

  const { data: districts, isPending: districtsPending } = useGetList<District>('districts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
    filter: { active: true },
  });

  /** Typed district text that is not the chosen district. */
  const districtPending = districtText.trim() !== '' && districtText !== (district?.name ?? '');

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    // nothing typed is dropped: text that is no choice stops the save and says so
    if (needText.trim() !== '') {
      setNeedUnmatched(needText.trim());
      return;
    }
    if (districtPending) {
      setDistrictUnmatched(true);
      return;
    }
    const { occurredAt, problem } = occurredAtOf(when);
    if (problem) {
      setWhenProblem(problem);
      return;
    }
    create(
      'contacts',
      {
        data: {
          ...quickContactPayload({
            channel,
            districtId: district?.id ?? null,
            categoryKeys: needs.map((need) => need.key),
          }),
          ...(occurredAt ? { occurredAt } : {}),
        },
        meta: { keepNull: ['familyId'] },
      },
      {
        onSuccess: (contact: RaRecord) => {
          onSaved({ id: String(contact.id), needs: Array.isArray(contact.needs) ? contact.needs.length : 0 });
          onClose();
        },
        onError: notifyError,
      },
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (
      enterSaves({
        key: event.key,
        defaultPrevented: event.defaultPrevented,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        isComposing: event.nativeEvent.isComposing,
        targetTag: target.tagName,
      })
    ) {
      event.preventDefault();
      save();
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" scroll="paper" aria-labelledby={titleId}>
      <form onSubmit={save} onKeyDown={onKeyDown} noValidate style={{ display: 'contents' }}>
        <DialogTitle id={titleId}>
          {translate('lotsen.quickContact.title')}
          <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
            {translate('lotsen.quickContact.intro')}
          </Typography>
        </DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <FormControl>
              <FormLabel id={channelLabelId}>{translate('resources.contacts.fields.channel')}</FormLabel>
              <RadioGroup
                row
                aria-labelledby={channelLabelId}
                value={channel}
                onChange={(event) => setChannel(event.target.value as ContactChannel)}
              >
                {CONTACT_CHANNELS.map((value) => (
                  <FormControlLabel
                    key={value}
                    value={value}
                    control={<Radio autoFocus={value === 'walk_in'} size="small" />}
                    label={translate(`lotsen.channels.${value}`)}
                  />
                ))}
              </RadioGroup>
            </FormControl>
            <Autocomplete
              options={districts ?? []}
              loading={districtsPending}
              value={district}
              inputValue={districtText}
              clearOnBlur={false}
              onInputChange={(_event, text) => {
                setDistrictText(text);
                setDistrictUnmatched(false);
              }}
              onChange={(_event, value) => {
                setDistrict(value);
                setDistrictUnmatched(false);
              }}
              getOptionLabel={(option) => option.name}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              autoHighlight
              noOptionsText={translate('lotsen.quickContact.noOptions')}
              slots={{ popper: InlinePopper }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && districtPending) {
                  const text = districtText.trim().toLowerCase();
                  const any = (districts ?? []).some((d) => d.name.toLowerCase().includes(text));
                  if (!any) {
                    event.preventDefault();
                    setDistrictUnmatched(true);
                  }
                }
              }}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={translate('lotsen.quickContact.district')}
                  error={districtUnmatched}
                  helperText={
                    districtUnmatched
                      ? translate('lotsen.quickContact.districtNotFound', { text: districtText.trim() })
                      : undefined
                  }
                />
              )}
            />
            <NeedCategoryPicker
              value={needs}
              onChange={setNeeds}
              inputValue={needText}
              onInputChange={setNeedText}
              unmatched={needUnmatched}
              onUnmatched={setNeedUnmatched}
              max={QUICK_CONTACT_MAX_NEEDS}
              label={translate('lotsen.quickContact.needs', { max: QUICK_CONTACT_MAX_NEEDS })}
              helperText={translate('lotsen.quickContact.needsHelper', { max: QUICK_CONTACT_MAX_NEEDS })}
            />
            <ContactWhenField
              when={when}
              problem={whenProblem}
              onChange={(next) => {
                setWhenProblem(null);
                setWhen(next);
              }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto', pl: 2 }}>
            {translate('lotsen.quickContact.shortcutHint', { shortcut: QUICK_CONTACT_SHORTCUT })}
          </Typography>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={saving}
            startIcon={saving ? <CircularProgress size={16} /> : <SaveIcon />}
          >
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};

export default QuickContactDialog;

import { useId, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
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
import { useCreate, useGetList, useNotify, useTranslate } from 'react-admin';
import { CONTACT_CHANNELS, type ContactChannel } from '@lotsen/domain';
import { useActiveCategoryChoices } from '../../common/needCategories';
import { useNotifyError } from '../../common/useNotifyError';
import { quickContactPayload } from '../../resources/contacts/contactPayload';
import { enterSaves, QUICK_CONTACT_MAX_NEEDS, QUICK_CONTACT_SHORTCUT } from './shortcut';

interface District {
  id: string;
  name: string;
  active?: boolean;
}

interface CategoryChoice {
  key: string;
  label: string;
  group: string;
}

/**
 * "Schnellerfassung": an anonymous contact in one step. Channel (walk-in preset), district
 * (optional) and up to three need categories; Save or Enter sends
 * POST /api/contacts {familyId: null, channel, districtId, needs: [{categoryKey}]}.
 * Focus order: channel → district → needs → Save.
 */
const QuickContactDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const titleId = useId();
  const channelLabelId = useId();
  const [channel, setChannel] = useState<ContactChannel>('walk_in');
  const [district, setDistrict] = useState<District | null>(null);
  const [needs, setNeeds] = useState<CategoryChoice[]>([]);
  const [create, { isPending: saving }] = useCreate();

  const { data: districts, isPending: districtsPending } = useGetList<District>('districts', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
    filter: { active: true },
  });
  const { choices: categories, isPending: categoriesPending } = useActiveCategoryChoices();
  const full = needs.length >= QUICK_CONTACT_MAX_NEEDS;
  const groupLabel = useMemo(
    () => (option: CategoryChoice) => translate(`lotsen.groups.${option.group}`, { _: option.group }),
    [translate],
  );

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    create(
      'contacts',
      {
        data: quickContactPayload({
          channel,
          districtId: district?.id ?? null,
          categoryKeys: needs.map((need) => need.key),
        }),
        meta: { keepNull: ['familyId'] },
      },
      {
        onSuccess: () => {
          notify('lotsen.quickContact.saved', { type: 'success' });
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
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <form onSubmit={save} onKeyDown={onKeyDown} noValidate>
        <DialogTitle id={titleId}>
          {translate('lotsen.quickContact.title')}
          <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
            {translate('lotsen.quickContact.intro')}
          </Typography>
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
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
              onChange={(_event, value) => setDistrict(value)}
              getOptionLabel={(option) => option.name}
              isOptionEqualToValue={(option, value) => option.id === value.id}
              autoHighlight
              noOptionsText={translate('lotsen.quickContact.noOptions')}
              renderInput={(params) => (
                <TextField {...params} label={translate('lotsen.quickContact.district')} />
              )}
            />
            <Autocomplete
              multiple
              options={categories as CategoryChoice[]}
              loading={categoriesPending}
              value={needs}
              onChange={(_event, value) => setNeeds(value.slice(0, QUICK_CONTACT_MAX_NEEDS))}
              getOptionLabel={(option) => option.label}
              groupBy={groupLabel}
              isOptionEqualToValue={(option, value) => option.key === value.key}
              getOptionDisabled={(option) => full && !needs.some((need) => need.key === option.key)}
              filterSelectedOptions
              autoHighlight
              noOptionsText={translate('lotsen.quickContact.noOptions')}
              renderInput={(params) => (
                <TextField
                  {...params}
                  label={translate('lotsen.quickContact.needs', { max: QUICK_CONTACT_MAX_NEEDS })}
                  helperText={translate(
                    full ? 'lotsen.quickContact.needsFull' : 'lotsen.quickContact.needsHelper',
                    {
                      max: QUICK_CONTACT_MAX_NEEDS,
                    },
                  )}
                />
              )}
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

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  Alert,
  Box,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  Radio,
  RadioGroup,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import ShareIcon from '@mui/icons-material/Share';
import RadioButtonCheckedIcon from '@mui/icons-material/RadioButtonChecked';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  RecordContextProvider,
  ReferenceField,
  TextField,
  useCanAccess,
  useDataProvider,
  useGetList,
  useGetOne,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { CONSENT_FORMS, LIMITS, REFERRAL_MODES, type ConsentForm, type ReferralMode } from '@lotsen/domain';
import { CapacityChip } from '../../common/chips';
import { formatDateTime } from '../../common/dates';
import { LanguageChipList } from '../../common/LanguageChips';
import { languageLabel } from '../../common/languages';
import { useCategoryLabel, useNeedCategories } from '../../common/needCategories';
import type { LotsenDataProvider } from '../../providers/dataProvider';
import { OfferAddressField, OfferDistrictsField } from '../offers/OfferFields';
import { proposalFilter, rankOffers, type RankableOffer } from '../offers/offerRanking';
import { consentDecision, shareConsentFilter, type ConsentLike } from './consentDecision';
import { isReferable } from './referralMoves';
import { sendReferral, type SendProgress } from './sendReferral';
import { WarmReferralPreview } from './WarmReferralPreview';
import type { ContactScope } from './warmReferralData';

interface Offer extends RankableOffer {
  providerId: string;
  districtIds: string[];
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  addressHidden?: boolean;
}

interface Need {
  id: string;
  categoryKey: string;
  status: string;
}

interface Family {
  id: string;
  name?: string;
  districtId?: string | null;
  languages?: string[];
  status?: string;
}

/**
 * "Vermitteln" on a need of the family page (needs open or unmet only): opens the dialog that
 * proposes offers and sends the referral.
 */
export const ReferButton = ({ family }: { family: RaRecord }) => {
  const need = useRecordContext<Need & RaRecord>();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'referrals', action: 'create' });
  if (!need || !canAccess || !isReferable(need) || family.status === 'anonymized') return null;
  return (
    <>
      <Button
        label="resources.referrals.refer.button"
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      >
        <ShareIcon />
      </Button>
      {open && <ReferDialog need={need} family={family as Family} onClose={() => setOpen(false)} />}
    </>
  );
};

/**
 * Proposes the offers that fit the need (category, the family's district or the whole city,
 * active), those in a language of the family and with places first; asks info or warm; for warm
 * checks the family's consent for the offer's provider and records it inline when there is none
 * (after the counsellor confirms it); then creates the draft and sends it.
 */
const ReferDialog = ({ need, family, onClose }: { need: Need; family: Family; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<LotsenDataProvider>();
  const queryClient = useQueryClient();
  const titleId = useId();
  const offersLabelId = useId();
  const modeLabelId = useId();
  const { byKey } = useNeedCategories();
  const categoryLabel = useCategoryLabel();

  const [allDistricts, setAllDistricts] = useState(false);
  const [offerId, setOfferId] = useState<string | null>(null);
  const [mode, setMode] = useState<ReferralMode>('info');
  const [consentForm, setConsentForm] = useState<ConsentForm>('written');
  const [consentConfirmed, setConsentConfirmed] = useState(false);
  const [note, setNote] = useState('');
  const [recordContact, setRecordContact] = useState<ContactScope[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const progress = useRef<{ key: string; state: SendProgress }>({ key: '', state: {} });
  const recordedContact = useRef(new Set<ContactScope>());

  const filter = proposalFilter(need, allDistricts ? { districtId: null } : family);
  const { data: offers, isPending: offersPending } = useGetList<Offer & RaRecord>('offers', {
    filter,
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'title', order: 'ASC' },
  });
  const ranked = useMemo(() => rankOffers(offers ?? [], family.languages), [offers, family.languages]);

  // No offer is preselected (issue 25.9): the counsellor picks one; a pick that leaves the list
  // (another district filter) is cleared.
  useEffect(() => {
    if (offerId && !offersPending && !ranked.some((entry) => entry.offer.id === offerId)) setOfferId(null);
  }, [ranked, offerId, offersPending]);

  const offer = ranked.find((entry) => entry.offer.id === offerId)?.offer ?? null;
  const providerId = offer?.providerId ?? null;

  const { data: consents, isPending: consentsPending } = useGetList<ConsentLike & RaRecord>(
    'consents',
    {
      filter: providerId ? shareConsentFilter(family.id, providerId) : {},
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'givenAt', order: 'DESC' },
    },
    { enabled: mode === 'warm' && !!providerId },
  );
  const { data: provider } = useGetOne('providers', { id: providerId ?? '' }, { enabled: !!providerId });
  const decision =
    providerId && (mode === 'info' || !consentsPending)
      ? consentDecision(mode, providerId, consents ?? [])
      : null;

  const ready =
    !!offer &&
    !!decision &&
    (decision.kind !== 'record' || consentConfirmed) &&
    note.length <= LIMITS.textMax &&
    !saving;

  const submit = async () => {
    if (!offer || !decision || !providerId) return;
    // A retry for the same offer and mode goes on where the last attempt stopped.
    const key = `${offer.id}:${mode}`;
    setSaving(true);
    setError(null);
    try {
      if (progress.current.key !== key) {
        // A draft left by an attempt for another offer or mode is withdrawn, not left lying.
        const stale = progress.current.state.draftId;
        progress.current = { key, state: {} };
        if (stale) await dataProvider.transitionReferral(stale, { to: 'cancelled' }).catch(() => undefined);
      }
      // contact consents the counsellor recorded in this step (once, also over retries)
      if (mode === 'warm') {
        for (const scope of recordContact) {
          if (recordedContact.current.has(scope)) continue;
          await dataProvider.create('consents', {
            data: { familyId: family.id, scope, form: consentForm },
          });
          recordedContact.current.add(scope);
        }
      }
      await sendReferral(
        dataProvider,
        {
          familyId: family.id,
          needId: need.id,
          offerId: offer.id,
          providerId,
          mode,
          consent: decision,
          consentForm,
          consentConfirmed,
          note,
        },
        progress.current.state,
      );
      notify('resources.referrals.refer.done', { type: 'info' });
      onClose();
      refresh();
    } catch (failure) {
      // Look at the family's consents again: one recorded on the way is linked next time, and
      // after CONSENT_REQUIRED (e.g. withdrawn meanwhile) the dialog asks for a new one.
      void queryClient.invalidateQueries({ queryKey: ['consents'] });
      setError(failure instanceof Error && failure.message ? failure.message : 'ra.notification.http_error');
    } finally {
      setSaving(false);
    }
  };

  const category = categoryLabel(byKey.get(need.categoryKey), need.categoryKey);

  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
      onClick={(event) => event.stopPropagation()}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void submit();
        }}
      >
        <DialogTitle id={titleId}>{translate('resources.referrals.refer.title', { category })}</DialogTitle>
        <DialogContent dividers>
          <Typography id={offersLabelId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate('resources.referrals.refer.offers')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('resources.referrals.refer.offersIntro')}
          </Typography>
          {family.districtId ? (
            <FormControlLabel
              control={
                <Checkbox
                  size="small"
                  checked={allDistricts}
                  onChange={(event) => setAllDistricts(event.target.checked)}
                />
              }
              label={translate('resources.referrals.refer.allDistricts')}
            />
          ) : null}
          {offersPending ? (
            <Box sx={{ py: 2, display: 'flex', justifyContent: 'center' }}>
              <CircularProgress size={24} />
            </Box>
          ) : ranked.length === 0 ? (
            <Alert severity="info" role="status" sx={{ my: 1 }}>
              {translate('resources.referrals.refer.noOffers')}
            </Alert>
          ) : (
            <List
              dense
              component="div"
              role="radiogroup"
              aria-labelledby={offersLabelId}
              sx={{ maxHeight: 340, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}
            >
              {ranked.map(({ offer: candidate, sharedLanguages }) => (
                <ListItem key={candidate.id} component="div" disablePadding divider>
                  <ListItemButton
                    role="radio"
                    aria-checked={candidate.id === offerId}
                    selected={candidate.id === offerId}
                    onClick={() => setOfferId(candidate.id)}
                    sx={{ alignItems: 'flex-start' }}
                  >
                    <ListItemIcon sx={{ minWidth: 36, pt: 0.5 }}>
                      {/* a picture of a radio button, not a second control inside the option */}
                      {candidate.id === offerId ? (
                        <RadioButtonCheckedIcon fontSize="small" color="primary" aria-hidden />
                      ) : (
                        <RadioButtonUncheckedIcon fontSize="small" color="action" aria-hidden />
                      )}
                    </ListItemIcon>
                    <RecordContextProvider value={candidate}>
                      <Stack spacing={0.5} sx={{ flexGrow: 1, minWidth: 0 }}>
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          <Typography variant="body1" sx={{ fontWeight: 600, flexGrow: 1 }}>
                            {candidate.title}
                          </Typography>
                          <CapacityChip />
                        </Stack>
                        <ReferenceField source="providerId" reference="providers" link={false}>
                          <TextField source="name" variant="body2" color="text.secondary" />
                        </ReferenceField>
                        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                          <LanguageChipList codes={candidate.languages ?? []} highlight={sharedLanguages} />
                          <OfferDistrictsField />
                        </Stack>
                        {sharedLanguages.length > 0 ? (
                          <Typography variant="caption" color="primary">
                            {translate('resources.referrals.refer.languageMatch', {
                              languages: sharedLanguages
                                .map((code) => languageLabel(code, locale))
                                .join(', '),
                            })}
                          </Typography>
                        ) : null}
                        <Typography variant="caption" color="text.secondary" component="div">
                          {[candidate.phone, candidate.email].filter(Boolean).join(' · ')}
                        </Typography>
                        <OfferAddressField />
                      </Stack>
                    </RecordContextProvider>
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          )}

          <FormControl sx={{ mt: 2 }} disabled={!offer}>
            <FormLabel id={modeLabelId}>{translate('resources.referrals.refer.mode')}</FormLabel>
            <RadioGroup
              aria-labelledby={modeLabelId}
              value={mode}
              onChange={(event) => {
                setMode(event.target.value as ReferralMode);
                setError(null);
              }}
            >
              {REFERRAL_MODES.map((value) => (
                <Box key={value}>
                  <FormControlLabel
                    value={value}
                    control={<Radio />}
                    label={translate(`resources.referrals.refer.modes.${value}`)}
                  />
                  <FormHelperText sx={{ mt: -0.5, ml: 4, mb: 1 }}>
                    {translate(`resources.referrals.refer.modeHelp.${value}`)}
                  </FormHelperText>
                </Box>
              ))}
            </RadioGroup>
          </FormControl>

          {mode === 'warm' && offer ? (
            <ConsentSection
              decision={decision}
              providerName={String(provider?.name ?? '')}
              locale={locale}
              consentForm={consentForm}
              onConsentForm={setConsentForm}
              confirmed={consentConfirmed}
              onConfirmed={setConsentConfirmed}
            />
          ) : null}

          {mode === 'warm' && offer ? (
            <WarmReferralPreview
              familyId={family.id}
              familyName={family.name ?? ''}
              category={category}
              note={note}
              providerName={String(provider?.name ?? '')}
              recording={recordContact}
              onRecording={setRecordContact}
            />
          ) : null}

          <MuiTextField
            label={translate('resources.referrals.refer.note')}
            helperText={translate('resources.referrals.refer.noteHelp')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            sx={{ mt: 2 }}
            slotProps={{ htmlInput: { maxLength: LIMITS.textMax } }}
          />

          {error ? (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {translate(error, { _: error })}
              {progress.current.state.draftId ? (
                <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
                  {translate('resources.referrals.refer.draftKept')}
                </Box>
              ) : null}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} disabled={saving} />
          <Button
            label="resources.referrals.refer.submit"
            type="submit"
            variant="contained"
            disabled={!ready}
          >
            {saving ? <CircularProgress size={16} /> : <ShareIcon />}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};

interface ConsentSectionProps {
  decision: ReturnType<typeof consentDecision> | null;
  providerName: string;
  locale: string;
  consentForm: ConsentForm;
  onConsentForm: (form: ConsentForm) => void;
  confirmed: boolean;
  onConfirmed: (confirmed: boolean) => void;
}

/** For a warm referral: the consent that is linked, or the inline record of a new one. */
const ConsentSection = ({
  decision,
  providerName,
  locale,
  consentForm,
  onConsentForm,
  confirmed,
  onConfirmed,
}: ConsentSectionProps) => {
  const translate = useTranslate();
  const formLabelId = useId();
  if (!decision) {
    return (
      <Alert severity="info" role="status" icon={<CircularProgress size={18} />} sx={{ mt: 1 }}>
        {translate('resources.referrals.refer.consentChecking')}
      </Alert>
    );
  }
  if (decision.kind === 'valid') {
    return (
      <Alert severity="success" role="status" sx={{ mt: 1 }}>
        {translate('resources.referrals.refer.consentValid', {
          date: formatDateTime(decision.consent.givenAt, locale),
        })}
      </Alert>
    );
  }
  if (decision.kind !== 'record') return null;
  return (
    <Alert severity="warning" role="status" sx={{ mt: 1 }}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.referrals.refer.consentMissing')}
      </Typography>
      <FormControl>
        <FormLabel id={formLabelId}>{translate('resources.referrals.refer.consentForm')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby={formLabelId}
          value={consentForm}
          onChange={(event) => onConsentForm(event.target.value as ConsentForm)}
        >
          {CONSENT_FORMS.map((form) => (
            <FormControlLabel
              key={form}
              value={form}
              control={<Radio size="small" />}
              label={translate(`lotsen.consentForms.${form}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <FormControlLabel
        sx={{ display: 'flex', mt: 1 }}
        control={
          <Checkbox checked={confirmed} onChange={(event) => onConfirmed(event.target.checked)} required />
        }
        label={translate('resources.referrals.refer.consentConfirm', { provider: providerName })}
      />
    </Alert>
  );
};

import { useId, useState } from 'react';
import {
  Alert,
  Box,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  TextField as MuiTextField,
} from '@mui/material';
import ShareIcon from '@mui/icons-material/Share';
import {
  Button,
  useCanAccess,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { LIMITS, REFERRAL_MODES, type ReferralMode } from '@lotsen/domain';
import { useCategoryLabel, useNeedCategories } from '../../common/needCategories';
import { isReferable } from './referralMoves';
import { ReferConsentSection } from './ReferConsentSection';
import { ReferOfferPicker } from './ReferOfferPicker';
import { useReferForm, type Family, type Need } from './useReferForm';
import { WarmReferralPreview } from './WarmReferralPreview';

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
  const titleId = useId();
  const modeLabelId = useId();
  const { byKey } = useNeedCategories();
  const categoryLabel = useCategoryLabel();
  const form = useReferForm({ need, family, onClose });
  const { offer, mode, saving, error, ready } = form;

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
          if (ready) void form.submit();
        }}
      >
        <DialogTitle id={titleId}>{translate('resources.referrals.refer.title', { category })}</DialogTitle>
        <DialogContent dividers>
          <ReferOfferPicker
            districtId={family.districtId}
            allDistricts={form.allDistricts}
            onAllDistricts={form.setAllDistricts}
            pending={form.offersPending}
            ranked={form.ranked}
            offerId={form.offerId}
            onPick={form.setOfferId}
            locale={locale}
          />

          <FormControl sx={{ mt: 2 }} disabled={!offer}>
            <FormLabel id={modeLabelId}>{translate('resources.referrals.refer.mode')}</FormLabel>
            <RadioGroup
              aria-labelledby={modeLabelId}
              value={mode}
              onChange={(event) => form.changeMode(event.target.value as ReferralMode)}
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
            <ReferConsentSection
              decision={form.decision}
              providerName={form.providerName}
              locale={locale}
              consentForm={form.consentForm}
              onConsentForm={form.setConsentForm}
              confirmed={form.consentConfirmed}
              onConfirmed={form.setConsentConfirmed}
            />
          ) : null}

          {mode === 'warm' && offer ? (
            <WarmReferralPreview
              familyId={family.id}
              familyName={family.name ?? ''}
              category={category}
              note={form.note}
              providerName={form.providerName}
              recording={form.recordContact}
              onRecording={form.setRecordContact}
            />
          ) : null}

          <MuiTextField
            label={translate('resources.referrals.refer.note')}
            helperText={translate('resources.referrals.refer.noteHelp')}
            value={form.note}
            onChange={(event) => form.setNote(event.target.value)}
            multiline
            minRows={2}
            fullWidth
            sx={{ mt: 2 }}
            slotProps={{ htmlInput: { maxLength: LIMITS.textMax } }}
          />

          {error ? (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {translate(error, { _: error })}
              {form.draftKept ? (
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

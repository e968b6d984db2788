import { useId } from 'react';
import {
  Alert,
  Box,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  Stack,
  Typography,
} from '@mui/material';
import RadioButtonCheckedIcon from '@mui/icons-material/RadioButtonChecked';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { RecordContextProvider, ReferenceField, TextField, useTranslate, type RaRecord } from 'react-admin';
import { CapacityChip } from '../../common/chips';
import { LanguageChipList } from '../../common/LanguageChips';
import { languageLabel } from '../../common/languages';
import { OfferAddressField, OfferDistrictsField } from '../offers/OfferFields';
import type { RankedOffer } from '../offers/offerRanking';
import type { Offer } from './useReferForm';

interface ReferOfferPickerProps {
  /** The family's district: only then can the counsellor widen the search to all districts. */
  districtId?: string | null;
  allDistricts: boolean;
  onAllDistricts: (allDistricts: boolean) => void;
  pending: boolean;
  ranked: RankedOffer<Offer & RaRecord>[];
  offerId: string | null;
  onPick: (offerId: string) => void;
  locale: string;
}

/**
 * The first step of the refer dialog: the proposed offers, ranked (a language of the family and
 * places first), one of them picked like a radio button.
 */
export const ReferOfferPicker = ({
  districtId,
  allDistricts,
  onAllDistricts,
  pending,
  ranked,
  offerId,
  onPick,
  locale,
}: ReferOfferPickerProps) => {
  const translate = useTranslate();
  const offersLabelId = useId();
  return (
    <>
      <Typography id={offersLabelId} component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('resources.referrals.refer.offers')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.referrals.refer.offersIntro')}
      </Typography>
      {districtId ? (
        <FormControlLabel
          control={
            <Checkbox
              size="small"
              checked={allDistricts}
              onChange={(event) => onAllDistricts(event.target.checked)}
            />
          }
          label={translate('resources.referrals.refer.allDistricts')}
        />
      ) : null}
      {pending ? (
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
                onClick={() => onPick(candidate.id)}
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
                          languages: sharedLanguages.map((code) => languageLabel(code, locale)).join(', '),
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
    </>
  );
};

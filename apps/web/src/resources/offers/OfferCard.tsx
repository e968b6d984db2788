import type { ReactNode } from 'react';
import { Box, Card, CardActions, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import AccessTimeIcon from '@mui/icons-material/AccessTime';
import EmailIcon from '@mui/icons-material/Email';
import PhoneIcon from '@mui/icons-material/Phone';
import PlaceIcon from '@mui/icons-material/Place';
import {
  EditButton,
  ReferenceField,
  ShowButton,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CapacityChip } from '../../common/chips';
import { LanguagesField } from '../../common/LanguageChips';
import { AgeRangeField, NeedCategoriesField, OfferAddressField, OfferDistrictsField } from './OfferFields';

const Line = ({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
    <Box sx={{ color: 'text.secondary', display: 'flex', pt: '2px' }} title={label}>
      {icon}
    </Box>
    <Box sx={{ minWidth: 0 }}>{children}</Box>
  </Stack>
);

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    {children}
  </Box>
);

/**
 * An offer in the directory: title, provider, capacity (coloured chip), categories, districts,
 * languages, ages, opening hours and how to reach it — what a counsellor hands a family.
 */
export const OfferCard = ({ highlightLanguages }: { highlightLanguages?: readonly string[] }) => {
  const offer = useRecordContext();
  const translate = useTranslate();
  if (!offer) return null;
  const field = (name: string) => translate(`resources.offers.fields.${name}`);
  const titleId = `offer-${offer.id}-title`;
  return (
    <Card
      component="article"
      aria-labelledby={titleId}
      variant="outlined"
      sx={{ height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <CardContent sx={{ flexGrow: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 0.5 }}>
          <Typography id={titleId} component="h2" variant="h6" sx={{ flexGrow: 1, lineHeight: 1.3 }}>
            {offer.title}
          </Typography>
          <CapacityChip />
        </Stack>
        <ReferenceField source="providerId" reference="providers" link="show">
          <TextField source="name" variant="subtitle2" />
        </ReferenceField>
        {offer.description ? (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{
              mt: 1,
              display: '-webkit-box',
              WebkitLineClamp: 3,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
            }}
          >
            {offer.description}
          </Typography>
        ) : null}
        <Stack spacing={1} sx={{ mt: 1.5 }}>
          <Row label={field('categoryKeys')}>
            <NeedCategoriesField />
          </Row>
          <Row label={field('districtIds')}>
            <OfferDistrictsField />
          </Row>
          <Row label={field('languages')}>
            <LanguagesField highlight={highlightLanguages} />
          </Row>
          {offer.ageFrom != null || offer.ageTo != null ? (
            <Row label={field('age')}>
              <AgeRangeField />
            </Row>
          ) : null}
          {offer.openingHours ? (
            <Line icon={<AccessTimeIcon fontSize="small" />} label={field('openingHours')}>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
                {offer.openingHours}
              </Typography>
            </Line>
          ) : null}
          {offer.phone ? (
            <Line icon={<PhoneIcon fontSize="small" />} label={field('phone')}>
              <MuiLink variant="body2" href={`tel:${String(offer.phone).replace(/[^+\d]/g, '')}`}>
                {offer.phone}
              </MuiLink>
            </Line>
          ) : null}
          {offer.email ? (
            <Line icon={<EmailIcon fontSize="small" />} label={field('email')}>
              <MuiLink variant="body2" href={`mailto:${offer.email}`} sx={{ wordBreak: 'break-all' }}>
                {offer.email}
              </MuiLink>
            </Line>
          ) : null}
          <Line icon={<PlaceIcon fontSize="small" />} label={field('address')}>
            <OfferAddressField />
          </Line>
        </Stack>
      </CardContent>
      <CardActions sx={{ justifyContent: 'flex-end' }}>
        <ShowButton label="resources.offers.directory.details" />
        <EditButton />
      </CardActions>
    </Card>
  );
};

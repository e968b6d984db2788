import { Chip, Stack, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import {
  ChipField,
  ReferenceArrayField,
  SingleFieldList,
  useFieldValue,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { useCategoryLabel, useNeedCategories } from '../../common/needCategories';
import { ageRangeMessage, offerAddress } from './offerDisplay';

const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];

/** The need categories of an offer (`categoryKeys`) as chips, in the UI language. */
export const NeedCategoriesField = (props: Partial<FieldProps>) => {
  const keys = stringsOf(useFieldValue({ ...props, source: props.source ?? 'categoryKeys' }));
  const { byKey } = useNeedCategories();
  const label = useCategoryLabel();
  if (keys.length === 0) return <>–</>;
  return (
    <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {keys.map((key) => (
        <Chip key={key} size="small" variant="outlined" label={label(byKey.get(key), key)} />
      ))}
    </Stack>
  );
};

/** The districts an offer serves; none means the whole city ("ganze Stadt"). */
export const OfferDistrictsField = (props: Partial<FieldProps>) => {
  const translate = useTranslate();
  const source = props.source ?? 'districtIds';
  const ids = stringsOf(useFieldValue({ ...props, source }));
  if (ids.length === 0) {
    return <Chip size="small" variant="outlined" label={translate('resources.offers.wholeCity')} />;
  }
  return (
    <ReferenceArrayField source={source} reference="districts">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" variant="outlined" />
      </SingleFieldList>
    </ReferenceArrayField>
  );
};

/** "0–6 Jahre", "ab 12 Jahren", or nothing. */
export const AgeRangeField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const message = record ? ageRangeMessage({ ageFrom: record.ageFrom, ageTo: record.ageTo }) : null;
  if (!message) return <>–</>;
  return (
    <Typography component="span" variant="body2">
      {translate(message.key, message.args)}
    </Typography>
  );
};

/**
 * The address of an offer; for a protected one that the API withheld, "Adresse nur auf
 * Nachfrage". Staff who see a protected address get a lock beside it as a reminder.
 */
export const OfferAddressField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const address = offerAddress({ address: record.address, addressHidden: record.addressHidden });
  if (address.kind === 'on_request') {
    return (
      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <LockIcon fontSize="small" color="action" aria-hidden />
        <Typography component="span" variant="body2" sx={{ fontStyle: 'italic' }}>
          {translate('resources.offers.addressOnRequest')}
        </Typography>
      </Stack>
    );
  }
  if (address.kind === 'none') return <>–</>;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {record.addressHidden ? (
        <LockIcon
          fontSize="small"
          color="warning"
          titleAccess={translate('resources.offers.fields.addressHidden')}
        />
      ) : null}
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'pre-line' }}>
        {address.text}
      </Typography>
    </Stack>
  );
};

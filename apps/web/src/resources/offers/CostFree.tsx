import { Typography } from '@mui/material';
import { RadioButtonGroupInput, useFieldValue, useTranslate } from 'react-admin';

/**
 * "Kostenlos" as the office states it: ja, nein or nicht angegeben (`offers.cost_free` true,
 * false or null); the Familienportal's "kostenlos" filter finds only the offers that say ja.
 */
const CHOICES = [
  { id: 'yes', name: 'resources.offers.costFree.yes' },
  { id: 'no', name: 'resources.offers.costFree.no' },
  { id: 'unknown', name: 'resources.offers.costFree.unknown' },
];

const format = (value: unknown) => (value === true ? 'yes' : value === false ? 'no' : 'unknown');
const parse = (value: string) => (value === 'yes' ? true : value === 'no' ? false : null);

export const CostFreeInput = () => (
  <RadioButtonGroupInput
    source="costFree"
    choices={CHOICES}
    format={format}
    parse={parse}
    helperText="resources.offers.helpers.costFree"
    row
  />
);

export const CostFreeField = () => {
  const translate = useTranslate();
  const value = useFieldValue({ source: 'costFree' });
  return (
    <Typography component="span" variant="body2">
      {translate(`resources.offers.costFree.${format(value)}`)}
    </Typography>
  );
};

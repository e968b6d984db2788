import { Chip, Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useCategoryLabel, useNeedCategories } from '../../common/needCategories';

interface NeedSummary {
  id: string;
  categoryKey: string;
}

/** The needs a contact raised (`needs` of the API's contact), as chips: what was recorded. */
export const ContactNeedChips = (_props: { label?: string }) => {
  const record = useRecordContext<{ id: string; needs?: NeedSummary[] }>();
  const { byKey } = useNeedCategories();
  const label = useCategoryLabel();
  const needs = record?.needs ?? [];
  if (needs.length === 0) {
    return (
      <Typography component="span" variant="body2">
        –
      </Typography>
    );
  }
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {needs.map((need) => (
        <Chip key={need.id} size="small" label={label(byKey.get(need.categoryKey), need.categoryKey)} />
      ))}
    </Stack>
  );
};

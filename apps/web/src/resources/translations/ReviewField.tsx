import { Chip, Typography } from '@mui/material';
import { ReferenceField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';

/**
 * Whether an admin reviewed a text, when and who (the reviewer's name for those who may read
 * user accounts, i.e. admins; others see the day).
 */
export const ReviewField = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess: seesUsers } = useCanAccess({ resource: 'users', action: 'show' });
  if (!record) return null;
  if (!record.reviewedAt) return <Chip size="small" label={translate('lotsen.portalTexts.notReviewed')} />;
  return (
    <Typography component="span" variant="body2">
      {translate('resources.translations.fields.reviewedAt')}:{' '}
      <LocaleDateField source="reviewedAt" showTime />
      {seesUsers && record.reviewedById ? (
        <>
          {' · '}
          <ReferenceField source="reviewedById" reference="users" link={false} />
        </>
      ) : null}
    </Typography>
  );
};

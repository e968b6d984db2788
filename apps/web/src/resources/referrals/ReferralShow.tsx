import { Grid, Stack, Typography } from '@mui/material';
import {
  ReferenceField,
  SelectField,
  Show,
  TextField,
  TopToolbar,
  useGetIdentity,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { REFERRAL_MODE_CHOICES } from '../../common/choices';
import { LocaleDateField } from '../../common/LocaleDateField';
import { NeedCategoryField } from '../../common/needCategories';
import { ShowCell } from '../../common/ShowCell';
import { StaffField } from '../../common/staff';
import { MessageThread } from './MessageThread';
import { ReferralStatusField } from './ReferralFields';
import { ReferralMoveButtons } from './ReferralMoveButtons';

const Title = () => {
  const translate = useTranslate();
  return <>{translate('resources.referrals.show.title')}</>;
};

/** The family as the provider sees it (name; phone and e-mail only with consent). */
const ProviderFamily = () => {
  const record = useRecordContext<{
    family?: { name?: string; phone?: string | null; email?: string | null };
  }>();
  const family = record?.family;
  if (!family) return null;
  return (
    <Stack spacing={0.25}>
      <Typography variant="body2">{family.name}</Typography>
      {family.phone ? <Typography variant="body2">{family.phone}</Typography> : null}
      {family.email ? <Typography variant="body2">{family.email}</Typography> : null}
    </Stack>
  );
};

const R = 'referrals';

/**
 * One referral (`#/referrals/{id}/show`, the link of a message's notice): what it is about, its
 * moves, and the messages between the office and the provider. Staff see the office's record
 * with the family; a provider's user the allow-listed view (docs/api-referrals.md).
 */
export const ReferralShow = () => {
  const { identity } = useGetIdentity();
  const provider = identity?.role === 'provider';
  return (
    <Show
      title={<Title />}
      actions={
        <TopToolbar>
          <ReferralMoveButtons />
        </TopToolbar>
      }
    >
      <Grid container spacing={2} sx={{ p: 2 }}>
        {provider ? (
          <ShowCell source="family" resource={R}>
            <ProviderFamily />
          </ShowCell>
        ) : (
          <ShowCell source="familyId" resource={R}>
            <ReferenceField source="familyId" reference="families" link="show" />
          </ShowCell>
        )}
        <ShowCell source="categoryKey" resource={R}>
          <NeedCategoryField />
        </ShowCell>
        <ShowCell source="status" resource={R}>
          <ReferralStatusField />
        </ShowCell>
        <ShowCell source="providerId" resource={R}>
          <ReferenceField source="providerId" reference="providers" link={false} />
        </ShowCell>
        <ShowCell source="offerId" resource={R}>
          <ReferenceField source="offerId" reference="offers" link={false} emptyText="–" />
        </ShowCell>
        <ShowCell source="mode" resource={R}>
          <SelectField source="mode" choices={REFERRAL_MODE_CHOICES} />
        </ShowCell>
        <ShowCell source="sentAt" resource={R}>
          <LocaleDateField source="sentAt" showTime emptyText="–" />
        </ShowCell>
        <ShowCell source="respondedAt" resource={R}>
          <LocaleDateField source="respondedAt" showTime emptyText="–" />
        </ShowCell>
        {provider ? null : (
          <ShowCell source="counsellorId" resource={R}>
            <StaffField source="counsellorId" />
          </ShowCell>
        )}
        <ShowCell source="note" resource={R} wide>
          <TextField source="note" emptyText="–" sx={{ whiteSpace: 'pre-line' }} />
        </ShowCell>
      </Grid>
      <MessageThread />
    </Show>
  );
};

import { Alert, Typography } from '@mui/material';
import {
  ArrayField,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { CHANNEL_CHOICES } from '../../common/choices';
import { NeedStatusChip } from '../../common/chips';
import { LocaleDateField } from '../../common/LocaleDateField';
import { NeedCategoryField } from '../../common/needCategories';
import { StaffField } from '../../common/staff';
import { ContactNotesField } from './ContactNotesField';
import { ContactTitle } from './ContactTitle';
import { ContactCancelButton } from './ContactCancelButton';
import { ContactNeedsButton } from './ContactNeedsButton';

const Actions = () => {
  const record = useRecordContext<{ cancelledAt?: string | null }>();
  return (
    <TopToolbar>
      <ContactNeedsButton />
      {!record?.cancelledAt && <EditButton />}
      <ContactCancelButton />
    </TopToolbar>
  );
};

/** A cancelled contact says so: when, by whom, why (issue 25.1). */
const CancelledNotice = () => {
  const translate = useTranslate();
  const record = useRecordContext<{
    cancelledAt?: string | null;
    cancelReason?: string | null;
    cancelNote?: string | null;
  }>();
  if (!record?.cancelledAt) return null;
  return (
    <Alert severity="warning" role="status">
      {translate('lotsen.contactCancel.cancelledOn')} <LocaleDateField source="cancelledAt" showTime />{' '}
      {translate('lotsen.contactCancel.cancelledBy')} <StaffField source="cancelledById" />
      {' · '}
      {translate('lotsen.contactCancel.reason')}:{' '}
      {translate(`lotsen.contactCancel.reasons.${record.cancelReason}`, { _: record.cancelReason ?? '' })}
      {record.cancelNote ? ` – ${record.cancelNote}` : ''}
    </Alert>
  );
};

export const ContactShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />} title={<ContactTitle message="resources.contacts.title" />}>
      <SimpleShowLayout>
        <CancelledNotice />
        <LocaleDateField source="occurredAt" showTime />
        <SelectField source="channel" choices={CHANNEL_CHOICES} />
        <ReferenceField
          source="familyId"
          reference="families"
          emptyText={translate('lotsen.common.anonymous')}
        />
        <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
        <StaffField source="counsellorId" />
        <NumberField source="durationMinutes" emptyText="–" />
        <TextField source="summary" emptyText="–" />
        <Labeled label="resources.contacts.fields.notes">
          <ContactNotesField />
        </Labeled>
        {/* the needs come with the contact: no second request, shown at once (issue 25.1) */}
        <ArrayField source="needs" label="resources.contacts.fields.needs">
          <DataTable
            bulkActionButtons={false}
            rowClick={false}
            empty={
              <Typography variant="body2" component="span">
                {translate('lotsen.contactNeeds.none')}
              </Typography>
            }
          >
            <DataTable.Col
              source="categoryKey"
              label="resources.needs.fields.categoryKey"
              field={NeedCategoryField}
              disableSort
            />
            <DataTable.Col
              source="status"
              label="resources.needs.fields.status"
              field={NeedStatusChip}
              disableSort
            />
          </DataTable>
        </ArrayField>
        <LocaleDateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
};

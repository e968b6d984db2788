import {
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
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

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

export const ContactShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<Actions />} title={<ContactTitle message="resources.contacts.title" />}>
      <SimpleShowLayout>
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
        <ReferenceManyField reference="needs" target="contactId" label="resources.contacts.fields.needs">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="categoryKey" field={NeedCategoryField} />
            <DataTable.Col source="status" field={NeedStatusChip} />
          </DataTable>
        </ReferenceManyField>
        <LocaleDateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
};

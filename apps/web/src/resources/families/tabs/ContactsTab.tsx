import {
  NumberField,
  ReferenceManyField,
  SelectField,
  ShowButton,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DataTable } from '../../../common/DataTable';
import AddCommentIcon from '@mui/icons-material/AddComment';
import { CHANNEL_CHOICES } from '../../../common/choices';
import { CreateDialogButton, EditDialogButton } from '../../../common/FormDialog';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { StaffField } from '../../../common/staff';
import { contactPayload } from '../../contacts/contactPayload';
import { ContactInputs } from '../../contacts/ContactInputs';
import { ContactNotesField } from '../../contacts/ContactNotesField';
import { EmptyHint, TabActions } from './TabActions';

/** "Kontakte": the family's contacts, newest first; a new one may bring its needs along. */
export const ContactsTab = () => {
  const family = useRecordContext();
  if (!family) return null;
  return (
    <>
      <TabActions>
        <CreateDialogButton
          resource="contacts"
          label="resources.contacts.add"
          icon={<AddCommentIcon />}
          record={{ familyId: family.id, channel: 'walk_in', confidential: false, needCategoryKeys: [] }}
          transform={contactPayload}
          maxWidth="md"
        >
          <ContactInputs mode="create" />
        </CreateDialogButton>
      </TabActions>
      <ReferenceManyField
        reference="contacts"
        target="familyId"
        sort={{ field: 'occurredAt', order: 'DESC' }}
        perPage={50}
        empty={<EmptyHint text="resources.contacts.empty" />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="occurredAt">
            <LocaleDateField source="occurredAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="channel">
            <SelectField source="channel" choices={CHANNEL_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="counsellorId" disableSort>
            <StaffField source="counsellorId" />
          </DataTable.Col>
          <DataTable.Col source="durationMinutes" disableSort>
            <NumberField source="durationMinutes" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="summary" disableSort>
            <TextField source="summary" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="notes" disableSort>
            <ContactNotesField lines={3} />
          </DataTable.Col>
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <ShowButton />
            <EditDialogButton resource="contacts" maxWidth="md">
              <ContactInputs mode="edit" />
            </EditDialogButton>
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

import {
  CanAccess,
  DeleteWithConfirmButton,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocaleDateField } from '../../common/LocaleDateField';
import { StaffField } from '../../common/staff';
import { CallbackActions } from './CallbackActions';
import { CALLBACK_CLOSE_REASON_CHOICES, CALLBACK_LANG_CHOICES, CALLBACK_STATUS_CHOICES } from './choices';

const Title = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ topicLabel?: string }>();
  return <>{translate('resources.callback-requests.title', { topic: record?.topicLabel ?? '' })}</>;
};

/** Fields shown only once they have a value (taken, done, closed, contact). */
const WhenSet = ({ source, children }: { source: string; children: React.ReactElement }) => {
  const record = useRecordContext();
  return record?.[source] ? children : null;
};

/**
 * One Rückrufbitte: what the family asked, how to reach them, the consent they gave, and the
 * actions (Übernehmen, Erledigt mit Ergebnis, Schließen, Als Kontakt erfassen).
 */
export const CallbackRequestShow = () => (
  <Show
    title={<Title />}
    actions={
      <TopToolbar>
        <CallbackActions />
        {/* the family withdrew its consent: erased at once (otherwise 30 days after) */}
        <CanAccess resource="callback-requests" action="delete">
          <DeleteWithConfirmButton
            label="resources.callback-requests.actions.delete"
            confirmTitle="resources.callback-requests.deleteConfirm.title"
            confirmContent="resources.callback-requests.deleteConfirm.content"
            mutationMode="pessimistic"
            redirect="list"
          />
        </CanAccess>
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <SelectField source="status" choices={CALLBACK_STATUS_CHOICES} />
      <LocaleDateField source="createdAt" showTime />
      <TextField source="topicLabel" />
      <TextField source="name" />
      <TextField source="phone" emptyText="–" />
      <TextField source="email" emptyText="–" />
      <SelectField source="lang" choices={CALLBACK_LANG_CHOICES} />
      <TextField source="preferredTime" emptyText="–" />
      <WhenSet source="takenById">
        <Labeled source="takenById">
          <StaffField source="takenById" />
        </Labeled>
      </WhenSet>
      <WhenSet source="takenAt">
        <LocaleDateField source="takenAt" showTime />
      </WhenSet>
      <WhenSet source="outcome">
        <TextField source="outcome" />
      </WhenSet>
      <WhenSet source="doneAt">
        <LocaleDateField source="doneAt" showTime />
      </WhenSet>
      <WhenSet source="closeReason">
        <SelectField source="closeReason" choices={CALLBACK_CLOSE_REASON_CHOICES} />
      </WhenSet>
      <WhenSet source="closedAt">
        <LocaleDateField source="closedAt" showTime />
      </WhenSet>
      <WhenSet source="contactId">
        <ReferenceField source="contactId" reference="contacts" link="show" />
      </WhenSet>
      <TextField source="consentText" />
      <TextField source="consentVersion" />
    </SimpleShowLayout>
  </Show>
);

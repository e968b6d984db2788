import { ReferenceField, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { DataTable } from '../../../common/DataTable';
import UpdateIcon from '@mui/icons-material/Update';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { CONSENT_FORM_CHOICES, CONSENT_SCOPE_CHOICES } from '../../../common/choices';
import { CreateDialogButton, EditDialogButton } from '../../../common/FormDialog';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { StaffField } from '../../../common/staff';
import { ConsentInputs } from '../../consents/ConsentInputs';
import { WithdrawConsentButton } from '../../consents/WithdrawConsentButton';
import { EmptyHint, TabActions } from './TabActions';

/** "Einwilligungen": consents with scope, provider, form and dates; revocable at any time. */
export const ConsentsTab = () => {
  const family = useRecordContext();
  if (!family) return null;
  return (
    <>
      <TabActions>
        <CreateDialogButton
          resource="consents"
          label="resources.consents.add"
          icon={<VerifiedUserIcon />}
          record={{ familyId: family.id, form: 'written', givenAt: new Date().toISOString() }}
        >
          <ConsentInputs mode="create" />
        </CreateDialogButton>
      </TabActions>
      <ReferenceManyField
        reference="consents"
        target="familyId"
        sort={{ field: 'givenAt', order: 'DESC' }}
        perPage={100}
        empty={<EmptyHint text="resources.consents.empty" />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="scope" disableSort>
            <SelectField source="scope" choices={CONSENT_SCOPE_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="providerId" disableSort>
            <ReferenceField source="providerId" reference="providers" link={false} emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="form" disableSort>
            <SelectField source="form" choices={CONSENT_FORM_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="givenAt">
            <LocaleDateField source="givenAt" />
          </DataTable.Col>
          <DataTable.Col source="expiresAt" disableSort>
            <LocaleDateField source="expiresAt" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="withdrawnAt" disableSort>
            <LocaleDateField source="withdrawnAt" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="recordedById" disableSort>
            <StaffField source="recordedById" />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort>
            <TextField source="note" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <ExtendConsentButton />
            <WithdrawConsentButton />
            <EditDialogButton resource="consents">
              <ConsentInputs mode="edit" />
            </EditDialogButton>
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

/** A longer consent is a new one that names the one it replaces (a consent is never changed). */
const ExtendConsentButton = () => {
  const consent = useRecordContext();
  if (!consent || consent.withdrawnAt) return null;
  return (
    <CreateDialogButton
      resource="consents"
      label="resources.consents.extend"
      title="resources.consents.extendTitle"
      icon={<UpdateIcon />}
      record={{
        familyId: consent.familyId,
        scope: consent.scope,
        providerId: consent.providerId,
        form: consent.form,
        givenAt: new Date().toISOString(),
        replacesConsentId: consent.id,
      }}
    >
      <ConsentInputs mode="extend" />
    </CreateDialogButton>
  );
};

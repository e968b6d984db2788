import { DeleteButton, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { DataTable } from '../../../common/DataTable';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { RELATION_CHOICES } from '../../../common/choices';
import { CreateDialogButton, EditDialogButton } from '../../../common/FormDialog';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { PersonInputs } from '../../persons/PersonInputs';
import { EmptyHint, TabActions } from './TabActions';

/** "Personen": the family's members; new ones get the duplicate hint (same name and birth date). */
export const PersonsTab = () => {
  const family = useRecordContext();
  if (!family) return null;
  return (
    <>
      <TabActions>
        <CreateDialogButton
          resource="persons"
          label="resources.persons.add"
          icon={<PersonAddIcon />}
          record={{ familyId: family.id, relation: 'parent' }}
          duplicateIntro="resources.persons.duplicates.intro"
        >
          <PersonInputs />
        </CreateDialogButton>
      </TabActions>
      <ReferenceManyField
        reference="persons"
        target="familyId"
        sort={{ field: 'lastName', order: 'ASC' }}
        perPage={100}
        empty={<EmptyHint text="resources.persons.empty" />}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="relation">
            <SelectField source="relation" choices={RELATION_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="firstName" />
          <DataTable.Col source="lastName" />
          <DataTable.Col source="birthDate">
            <LocaleDateField source="birthDate" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="phone" disableSort>
            <TextField source="phone" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="email" disableSort>
            <TextField source="email" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col label="lotsen.common.actions" disableSort align="right">
            <EditDialogButton resource="persons">
              <PersonInputs />
            </EditDialogButton>
            <DeleteButton mutationMode="pessimistic" redirect={false} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </>
  );
};

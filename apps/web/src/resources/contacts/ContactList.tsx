import {
  List,
  NullableBooleanInput,
  ReferenceField,
  SelectField,
  SelectInput,
  TextField,
  useTranslate,
} from 'react-admin';
import { DayInput } from '../../common/dateInputs';
import { DataTable } from '../../common/DataTable';
import { CHANNEL_CHOICES, PER_PAGE } from '../../common/choices';
import { LocaleDateField } from '../../common/LocaleDateField';
import { StaffField, StaffInput } from '../../common/staff';
import { DistrictInput } from '../families/FamilyInputs';
import { ContactNotesField } from './ContactNotesField';
import { ContactNeedChips } from './ContactNeedChips';

/**
 * Filters the API accepts for contacts: counsellorId, channel, districtId, anonymous,
 * occurredFrom, occurredTo (Berlin days), cancelled (absent: not cancelled).
 */
const filters = [
  <SelectInput key="channel" source="channel" choices={CHANNEL_CHOICES} alwaysOn />,
  <StaffInput key="counsellorId" source="counsellorId" />,
  <DistrictInput key="districtId" />,
  <NullableBooleanInput key="anonymous" source="anonymous" />,
  <DayInput key="occurredFrom" source="occurredFrom" />,
  <DayInput key="occurredTo" source="occurredTo" />,
  <NullableBooleanInput key="cancelled" source="cancelled" />,
];

/** The office's contacts, anonymous ones included. Sortable: occurredAt, channel. */
export const ContactList = () => {
  const translate = useTranslate();
  return (
    <List sort={{ field: 'occurredAt', order: 'DESC' }} filters={filters} perPage={PER_PAGE} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="occurredAt">
          <LocaleDateField source="occurredAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="channel">
          <SelectField source="channel" choices={CHANNEL_CHOICES} />
        </DataTable.Col>
        <DataTable.Col source="familyId" disableSort>
          <ReferenceField
            source="familyId"
            reference="families"
            emptyText={translate('lotsen.common.anonymous')}
          />
        </DataTable.Col>
        <DataTable.Col source="districtId" disableSort>
          <ReferenceField source="districtId" reference="districts" link={false} emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="counsellorId" disableSort>
          <StaffField source="counsellorId" />
        </DataTable.Col>
        <DataTable.Col source="needs" disableSort>
          <ContactNeedChips />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort>
          <TextField source="summary" emptyText="–" />
        </DataTable.Col>
        <DataTable.Col source="notes" disableSort>
          <ContactNotesField lines={2} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

import {
  AutocompleteInput,
  BooleanInput,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  type RaRecord,
} from 'react-admin';
import { DataTable } from '../../common/DataTable';
import { PER_PAGE, REFERRAL_MODE_CHOICES, REFERRAL_STATUS_CHOICES } from '../../common/choices';
import { LocaleDateField } from '../../common/LocaleDateField';
import { NeedCategoryField } from '../../common/needCategories';
import { StaffField } from '../../common/staff';
import { ReferralStatusField } from './ReferralFields';
import { ReferralActions } from './ReferralActions';

const providerQuery = (text: string) => (text ? { q: text } : {});
/** Only `unanswered: true` means something to the API; unticked removes the filter. */
const trueOrNothing = (value: unknown) => (value ? true : undefined);

/** Filters the API accepts for referrals (staff): status, mode, providerId, unanswered. */
const filters = [
  <SelectInput key="status" source="status" choices={REFERRAL_STATUS_CHOICES} alwaysOn />,
  <BooleanInput key="unanswered" source="unanswered" parse={trueOrNothing} alwaysOn />,
  <SelectInput key="mode" source="mode" choices={REFERRAL_MODE_CHOICES} />,
  <ReferenceInput
    key="providerId"
    source="providerId"
    reference="providers"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" filterToQuery={providerQuery} />
  </ReferenceInput>,
];

/** A row opens the family's tab "Vermittlungen". */
const familyReferralsTab = (_id: unknown, _resource: unknown, record: RaRecord) =>
  `/families/${record.familyId}/show/referrals`;

/**
 * "Vermittlungen": the office's referrals, newest sent first, with the moves each allows.
 * Sortable: sentAt, createdAt, status.
 */
export const ReferralList = () => (
  <List sort={{ field: 'sentAt', order: 'DESC' }} filters={filters} perPage={PER_PAGE} exporter={false}>
    <DataTable rowClick={familyReferralsTab} bulkActionButtons={false}>
      <DataTable.Col source="sentAt">
        <LocaleDateField source="sentAt" emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="familyId" disableSort>
        <ReferenceField source="familyId" reference="families" link={false} />
      </DataTable.Col>
      <DataTable.Col source="categoryKey" disableSort field={NeedCategoryField} />
      <DataTable.Col source="providerId" disableSort>
        <ReferenceField source="providerId" reference="providers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="offerId" disableSort>
        <ReferenceField source="offerId" reference="offers" link={false} emptyText="–" />
      </DataTable.Col>
      <DataTable.Col source="mode" disableSort>
        <SelectField source="mode" choices={REFERRAL_MODE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="status" field={ReferralStatusField} />
      <DataTable.Col source="counsellorId" disableSort>
        <StaffField source="counsellorId" />
      </DataTable.Col>
      <DataTable.Col label="lotsen.common.actions" disableSort align="right">
        <ReferralActions />
      </DataTable.Col>
    </DataTable>
  </List>
);

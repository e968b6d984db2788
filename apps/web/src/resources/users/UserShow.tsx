import {
  EmailField,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { YesNoField } from '../../common/YesNoField';
import { ROLE_CHOICES } from '../../common/choices';
import { LocaleDateField } from '../../common/LocaleDateField';

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="displayName" />
      <EmailField source="email" />
      <SelectField source="role" choices={ROLE_CHOICES} />
      <ReferenceField source="officeId" reference="offices" emptyText="–" />
      <ReferenceField source="providerId" reference="providers" emptyText="–" />
      <YesNoField source="active" />
      <LocaleDateField source="lastLoginAt" showTime emptyText="–" />
      <LocaleDateField source="createdAt" showTime />
      <NumberField source="version" />
    </SimpleShowLayout>
  </Show>
);

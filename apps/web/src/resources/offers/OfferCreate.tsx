import { Create, SimpleForm } from 'react-admin';
import { OfferInputs } from './OfferInputs';

const DEFAULTS = {
  capacity: 'available',
  categoryKeys: [],
  districtIds: [],
  languages: ['de'],
  addressHidden: false,
  active: true,
};

/** A new offer; from a provider's page the provider is filled in (location state). */
export const OfferCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={DEFAULTS}>
      <OfferInputs />
    </SimpleForm>
  </Create>
);

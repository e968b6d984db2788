import { Edit, Labeled, SimpleForm, TextField, useCanAccess } from 'react-admin';
import { providerOfferChanges } from './offerDisplay';
import { EditWithTranslations } from '../translations/EditWithTranslations';
import { OfferInputs, ProviderOfferInputs } from './OfferInputs';

/**
 * Admins and team leads change every field; a provider user (offer.write in the scope of the own
 * provider) only PROVIDER_EDITABLE_OFFER_FIELDS, and the form sends nothing else. Office staff
 * see a second tab "Übersetzungen" (admins edit the texts there).
 */
export const OfferEdit = () => {
  const { canAccess: providerUser, isPending } = useCanAccess({ resource: 'offers', action: 'own_offers' });
  if (isPending) return null;
  return (
    <Edit
      mutationMode="pessimistic"
      redirect="show"
      transform={providerUser ? providerOfferChanges : undefined}
    >
      {providerUser ? (
        <SimpleForm>
          <Labeled source="title">
            <TextField source="title" />
          </Labeled>
          <ProviderOfferInputs />
        </SimpleForm>
      ) : (
        <EditWithTranslations entity="offer" label="resources.offers.tabs.details">
          <SimpleForm>
            <OfferInputs />
          </SimpleForm>
        </EditWithTranslations>
      )}
    </Edit>
  );
};

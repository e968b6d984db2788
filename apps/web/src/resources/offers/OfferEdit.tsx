import { Edit, Labeled, SimpleForm, TextField, useCanAccess } from 'react-admin';
import { providerOfferChanges } from './offerDisplay';
import { OfferInputs, ProviderOfferInputs } from './OfferInputs';

/**
 * Admins and team leads change every field; a provider user (offer.write in the scope of the own
 * provider) only PROVIDER_EDITABLE_OFFER_FIELDS, and the form sends nothing else.
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
      <SimpleForm>
        {providerUser ? (
          <>
            <Labeled source="title">
              <TextField source="title" />
            </Labeled>
            <ProviderOfferInputs />
          </>
        ) : (
          <OfferInputs />
        )}
      </SimpleForm>
    </Edit>
  );
};

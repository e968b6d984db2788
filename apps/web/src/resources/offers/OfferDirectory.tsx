import { Grid, Typography } from '@mui/material';
import {
  CreateButton,
  FilterButton,
  List,
  Pagination,
  NullableBooleanInput,
  NumberInput,
  RecordContextProvider,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  SortButton,
  TopToolbar,
  useListContext,
  useTranslate,
} from 'react-admin';
import { OFFER_CAPACITY_CHOICES } from '../../common/choices';
import { SearchFilter } from '../../common/filters';
import { LanguageInput } from '../../common/LanguageChips';
import { NeedCategoryInput } from '../../common/needCategories';
import { DistrictInput } from '../families/FamilyInputs';
import { OfferCard } from './OfferCard';

const providerQuery = (text: string) => (text ? { q: text } : {});

/**
 * The directory search of docs/api-referrals.md: free text (title, description, provider),
 * category, district (its offers and the whole city's), language, the child's age, capacity,
 * provider and active.
 */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <NeedCategoryInput key="categoryKey" source="categoryKey" alwaysOn sx={{ minWidth: 280 }} />,
  <DistrictInput key="districtId" source="districtId" />,
  <LanguageInput key="language" source="language" />,
  <NumberInput key="age" source="age" min={0} max={27} step={1} />,
  <SelectInput key="capacity" source="capacity" choices={OFFER_CAPACITY_CHOICES} />,
  <ReferenceInput
    key="providerId"
    source="providerId"
    reference="providers"
    sort={{ field: 'name', order: 'ASC' }}
  >
    <AutocompleteInput optionText="name" filterToQuery={providerQuery} />
  </ReferenceInput>,
  <NullableBooleanInput key="active" source="active" />,
];

const Actions = () => (
  <TopToolbar>
    <SortButton fields={['title', 'capacity']} />
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** The page of offer cards; the list's filters decide which. */
const OfferGrid = () => {
  const { data, isPending } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  if (!data || data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {translate('resources.offers.directory.empty')}
      </Typography>
    );
  }
  return (
    <Grid container spacing={2} sx={{ p: 2 }}>
      {data.map((offer) => (
        <Grid key={offer.id} size={{ xs: 12, md: 6, xl: 4 }}>
          <RecordContextProvider value={offer}>
            <OfferCard />
          </RecordContextProvider>
        </Grid>
      ))}
    </Grid>
  );
};

/**
 * "Angebotsverzeichnis": the offers of Potsdam's providers as cards, for counsellors who look
 * for the right place for a family; admins and team leads also create and edit offers here.
 */
export const OfferDirectory = () => (
  <List
    title="resources.offers.directory.title"
    sort={{ field: 'title', order: 'ASC' }}
    filters={filters}
    filterDefaultValues={{ active: true }}
    perPage={24}
    pagination={<Pagination rowsPerPageOptions={[12, 24, 48]} />}
    exporter={false}
    actions={<Actions />}
    empty={false}
  >
    <OfferGrid />
  </List>
);

/**
 * The tables of the HSDS 3.0 tabular data package (the reference's `datapackage.json`, repository
 * openreferral/specification): each table's name, file, fields (`name` or `name:type-or-format`;
 * a plain name is a string) and the fields that refer to another table (`<table>_id` → that
 * table's `id`). Field names, order, types and references are facts of the standard; the test
 * compares them with the reference's own file (test/api/hsds-export.e2e-spec.ts).
 */
export interface HsdsTableSpec {
  name: string;
  path: string;
  fields: string;
  references: string;
}

export const HSDS_TABLES: readonly HsdsTableSpec[] = [
  {
    name: 'organization',
    path: 'organizations.csv',
    fields:
      'id:uuid name alternate_name description email:email website:uri tax_status tax_id year_incorporated:number legal_status logo uri:uri parent_organization_id:uuid',
    references: '',
  },
  {
    name: 'program',
    path: 'programs.csv',
    fields: 'id:uuid organization_id:uuid name alternate_name description',
    references: 'organization_id',
  },
  {
    name: 'service',
    path: 'services.csv',
    fields:
      'id:uuid organization_id:uuid program_id:uuid name alternate_name description url:uri email:email status interpretation_services application_process fees_description wait_time fees accreditations eligibility_description minimum_age:number maximum_age:number assured_date:date assurer_email:email licenses alert last_modified:datetime',
    references: 'organization_id program_id',
  },
  {
    name: 'attribute',
    path: 'attributes.csv',
    fields: 'id:uuid link_id:uuid taxonomy_term_id:uuid link_type link_entity value',
    references: 'taxonomy_term_id',
  },
  {
    name: 'service_at_location',
    path: 'service_at_location.csv',
    fields: 'id:uuid service_id:uuid location_id:uuid description',
    references: 'service_id location_id',
  },
  {
    name: 'location',
    path: 'locations.csv',
    fields:
      'id:uuid location_type url:uri organization_id:uuid name alternate_name description transportation latitude:number longitude:number external_identifier external_identifier_type',
    references: 'organization_id',
  },
  {
    name: 'phone',
    path: 'phones.csv',
    fields:
      'id:uuid location_id:uuid service_id:uuid organization_id:uuid contact_id:uuid service_at_location_id:uuid number extension:number type description',
    references: 'contact_id location_id organization_id service_id service_at_location_id',
  },
  {
    name: 'contact',
    path: 'contacts.csv',
    fields:
      'id:uuid organization_id:uuid service_id:uuid service_at_location_id:uuid location_id:uuid name title department email:email',
    references: 'location_id organization_id service_id service_at_location_id',
  },
  {
    name: 'address',
    path: 'addresses.csv',
    fields:
      'id:uuid location_id:uuid attention address_1 address_2 city region state_province postal_code country address_type',
    references: 'location_id',
  },
  {
    name: 'schedule',
    path: 'schedules.csv',
    fields:
      'id:uuid service_id:uuid location_id:uuid service_at_location_id:uuid valid_from:date valid_to:date dtstart:date timezone:number until:date count:number wkst freq interval:number byday byweekno bymonthday byyearday description opens_at:time closes_at:time schedule_link:uri attending_type notes',
    references: 'location_id service_id service_at_location_id',
  },
  {
    name: 'funding',
    path: 'funding.csv',
    fields: 'id:uuid organization_id:uuid service_id:uuid source',
    references: 'organization_id service_id',
  },
  {
    name: 'service_area',
    path: 'service_areas.csv',
    fields: 'id:uuid service_id:uuid name description extent extent_type uri',
    references: 'service_id',
  },
  {
    name: 'required_document',
    path: 'required_documents.csv',
    fields: 'id:uuid service_id:uuid document uri:uri',
    references: 'service_id',
  },
  {
    name: 'language',
    path: 'languages.csv',
    fields: 'id:uuid service_id:uuid location_id:uuid phone_id:uuid name code note',
    references: 'location_id phone_id service_id',
  },
  {
    name: 'accessibility',
    path: 'accessibility.csv',
    fields: 'id:uuid location_id:uuid description details url:uri',
    references: 'location_id',
  },
  {
    name: 'taxonomy_term',
    path: 'taxonomy_terms.csv',
    fields: 'id:uuid code name description parent_id:uuid taxonomy language taxonomy_id:uuid term_uri:uri',
    references: 'taxonomy_id',
  },
  {
    name: 'metadata',
    path: 'metadata.csv',
    fields:
      'id:uuid resource_id:uuid resource_type last_action_date:date last_action_type field_name previous_value replacement_value updated_by',
    references: '',
  },
  {
    name: 'meta_table_description',
    path: 'meta_table_descriptions.csv',
    fields: 'id:uuid name language character_set',
    references: '',
  },
  {
    name: 'cost_option',
    path: 'cost_options.csv',
    fields:
      'id:uuid service_id:uuid valid_from:date valid_to:date option currency amount:number amount_description',
    references: 'service_id',
  },
  {
    name: 'organization_identifier',
    path: 'organization_identifiers.csv',
    fields: 'id:uuid organization_id:uuid identifier_scheme identifier_type identifier',
    references: 'organization_id',
  },
  {
    name: 'taxonomy',
    path: 'taxonomies.csv',
    fields: 'id:uuid name description uri:uri version',
    references: '',
  },
];

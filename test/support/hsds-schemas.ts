import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The official HSDS 3.0 JSON Schemas (Open Referral, CC BY-SA 4.0), read where they are — never
 * copied into the project: `HSDS_SCHEMA_DIR`, else `<repo>/../shared/hsds-3.0`, else
 * `/work/shared/hsds-3.0`. The directory holds `schema/*.json` (one file per object, referring
 * to each other by file name) and `compiled/*_list.json` (the items of the list endpoints).
 */
export function hsdsSchemaDir(): string {
  const candidates = [
    process.env.HSDS_SCHEMA_DIR,
    resolve(__dirname, '../../../shared/hsds-3.0'),
    '/work/shared/hsds-3.0',
  ].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(join(d, 'schema', 'service.json')));
  if (!found) {
    throw new Error(
      `The HSDS 3.0 schemas were not found (looked in ${candidates.join(', ')}). Set HSDS_SCHEMA_DIR to a ` +
        'directory with schema/*.json and compiled/*_list.json of openreferral/specification 3.0.',
    );
  }
  return found;
}

export type HsdsSchemaName =
  | 'service.json'
  | 'organization.json'
  | 'service_at_location.json'
  | 'taxonomy.json'
  | 'taxonomy_term.json'
  | 'compiled/service_list.json'
  | 'compiled/organization_list.json'
  | 'compiled/service_at_location_list.json';

export interface HsdsValidator {
  /** The problems of `value` against the named schema (empty when valid), each with its path. */
  problems(schema: HsdsSchemaName, value: unknown): string[];
  /** The `Page` schema of schema/openapi.json, every field of it required, for a list's envelope. */
  pageProblems(value: unknown): string[];
  /** The answer of `/` in schema/openapi.json (version, profile, openapi_url), all required. */
  metaProblems(value: unknown): string[];
}

const describe = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);

/** Ajv with every schema file registered under its file name, formats (uuid, uri, email …) checked. */
export function hsdsValidator(): HsdsValidator {
  const dir = hsdsSchemaDir();
  // the schemas carry keywords of the tabular form (`constraints`, `core`, `datapackage_metadata`…)
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const schemaDir = join(dir, 'schema');
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')), file);
  }
  for (const file of readdirSync(join(dir, 'compiled')).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, 'compiled', file), 'utf8')), `compiled/${file}`);
  }
  const openapi = JSON.parse(readFileSync(join(schemaDir, 'openapi.json'), 'utf8'));
  const pageSchema = openapi.components.schemas.Page;
  const page = ajv.compile({
    ...pageSchema,
    properties: { ...pageSchema.properties, contents: { type: 'array' } },
    required: [...Object.keys(pageSchema.properties), 'contents'],
  });
  const metaSchema = openapi.paths['/'].get.responses['200'].content['application/json'].schema;
  const meta = ajv.compile({ ...metaSchema, required: Object.keys(metaSchema.properties) });
  const cache = new Map<string, ValidateFunction>();
  return {
    problems(schema, value) {
      let validate = cache.get(schema);
      if (!validate) {
        validate = ajv.getSchema(schema);
        if (!validate) throw new Error(`No HSDS schema ${schema} in ${dir}`);
        cache.set(schema, validate);
      }
      return validate(value) ? [] : describe(validate.errors);
    },
    pageProblems(value) {
      return page(value) ? [] : describe(page.errors);
    },
    metaProblems(value) {
      return meta(value) ? [] : describe(meta.errors);
    },
  };
}

import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  registerDecorator,
} from 'class-validator';
import { PORTAL_LANGS, isTimestampInLimits, type PortalLang } from '@lotsen/domain';

/**
 * Query parameters of the HSDS 3.0 API reference (schema/openapi.json, docs/hsds.md). Parameters
 * the reference defines but this API does not serve (`postcode`, `proximity`: Potsdam's offers
 * carry Sozialräume, not coordinates) are refused with 400 rather than silently ignored; an unknown
 * parameter is 400 too (the global pipe). Booleans are `true` or `false`, as the reference types them.
 */
export const HSDS_PER_PAGE_DEFAULT = 50;
export const HSDS_PER_PAGE_MAX = 1000;
export const HSDS_PAGE_MAX = 100000;
export const HSDS_SEARCH_MAX = 200;

/** A boolean query parameter of the reference. */
export const BOOLEANS = ['true', 'false'];
export type HsdsBoolean = 'true' | 'false';

const EmptyAsAbsent = () => Transform(({ value }) => (value === '' ? undefined : value));
const IntegerParam = () =>
  Transform(({ value }) =>
    value === '' ? undefined : typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : value,
  );

/** `lang`: the language of the text fields, on every route (docs/hsds.md "Language"). */
const LangParam = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: PORTAL_LANGS,
      description:
        'The language of the text fields (ls = Leichte Sprache); else Accept-Language, else German',
    }),
    IsOptional(),
    EmptyAsAbsent(),
    IsIn(PORTAL_LANGS),
  );

/** `modified_after`: an ISO 8601 date or date-time (with a time zone when a time is given). */
const DATE_OR_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A date(-time) that exists (2026-02-30 does not) and lies within the API's limits. */
export function isRealTimestamp(value: unknown): boolean {
  if (typeof value !== 'string' || !DATE_OR_DATETIME.test(value)) return false;
  const day = value.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) return false;
  return isTimestampInLimits(value.length === 10 ? `${value}T00:00:00Z` : value);
}

function IsHsdsTimestamp(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isHsdsTimestamp',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an ISO 8601 date (2026-01-31) or date-time with time zone (2026-01-31T12:00:00Z)`,
      },
      validator: { validate: isRealTimestamp },
    });
}

export class HsdsPageQueryDto {
  @LangParam()
  lang?: PortalLang;

  @ApiPropertyOptional({ type: Number, minimum: 1, default: 1, description: 'Page number, from 1' })
  @IsOptional()
  @IntegerParam()
  @IsInt()
  @Min(1)
  @Max(HSDS_PAGE_MAX)
  page?: number;

  @ApiPropertyOptional({
    type: Number,
    minimum: 1,
    maximum: HSDS_PER_PAGE_MAX,
    default: HSDS_PER_PAGE_DEFAULT,
  })
  @IsOptional()
  @IntegerParam()
  @IsInt()
  @Min(1)
  @Max(HSDS_PER_PAGE_MAX)
  per_page?: number;

  @ApiPropertyOptional({ description: 'Full text search: every word must occur (case and umlauts forgiven)' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsString()
  @MaxLength(HSDS_SEARCH_MAX)
  search?: string;

  @ApiPropertyOptional({
    enum: ['json', 'ndjson'],
    default: 'json',
    description: '`ndjson` streams all results unpaged, one JSON record per line (application/x-ndjson)',
  })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(['json', 'ndjson'], { message: 'format must be json or ndjson' })
  format?: 'json' | 'ndjson';
}

export class HsdsServiceFilterDto extends HsdsPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Services with this taxonomy term' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsUUID()
  taxonomy_term_id?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Services with any term of this taxonomy' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsUUID()
  taxonomy_id?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Services of this organization' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsUUID()
  organization_id?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Services modified on or after this date(-time)' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsHsdsTimestamp()
  modified_after?: string;

  @ApiPropertyOptional({
    enum: BOOLEANS,
    description: '`true`: each record fully nested, as its record route answers it',
  })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(BOOLEANS, { message: 'full must be true or false' })
  full?: HsdsBoolean;
}

export class HsdsServicesQueryDto extends HsdsServiceFilterDto {
  @ApiPropertyOptional({
    enum: BOOLEANS,
    description: `\`true\`: only each service's id and last_modified, ${HSDS_PER_PAGE_MAX} per page unless per_page says otherwise`,
  })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(BOOLEANS, { message: 'minimal must be true or false' })
  minimal?: HsdsBoolean;
}

export class HsdsTermsQueryDto extends HsdsPageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsUUID()
  taxonomy_id?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only terms without a parent (all of ours)' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(['true', 'false'])
  top_only?: 'true' | 'false';

  @ApiPropertyOptional({ format: 'uuid', description: 'Terms with this parent (ours have none)' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsUUID()
  parent_id?: string;
}

export class HsdsFullServiceDto {
  @LangParam()
  lang?: PortalLang;

  @ApiPropertyOptional({ enum: BOOLEANS, description: "`true`: the organization's services fully nested" })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(BOOLEANS, { message: 'full_service must be true or false' })
  full_service?: HsdsBoolean;
}

export class HsdsOrganizationsQueryDto extends HsdsPageQueryDto {
  @ApiPropertyOptional({ enum: BOOLEANS, description: '`true` (with `full`): the services fully nested' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(BOOLEANS, { message: 'full_service must be true or false' })
  full_service?: HsdsBoolean;

  @ApiPropertyOptional({
    enum: BOOLEANS,
    description: '`true`: each organization with its phones and services',
  })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(BOOLEANS, { message: 'full must be true or false' })
  full?: HsdsBoolean;
}

/** Record routes: only the language of the text fields; any other query parameter is refused (400). */
export class HsdsNoQueryDto {
  @LangParam()
  lang?: PortalLang;
}

export class HsdsIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

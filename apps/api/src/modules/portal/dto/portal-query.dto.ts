import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { LIFE_SITUATION_KEYS, PORTAL_LANGS, type PortalLang } from '@lotsen/domain';

/**
 * An empty parameter is as if it were not given: a plain HTML form (the portal works with
 * JavaScript off) sends its empty fields, e.g. `districtId=` for "alle Sozialräume".
 */
const EmptyAsAbsent = () => Transform(({ value }) => (value === '' ? undefined : value));

/** A whole number given as text; anything else is left for @IsInt to refuse. */
const IntegerParam = () =>
  Transform(({ value }) =>
    value === '' ? undefined : typeof value === 'string' && /^-?\d{1,9}$/.test(value) ? Number(value) : value,
  );

/** The language of the answer; German when not given. */
export class PortalLangQueryDto {
  @ApiPropertyOptional({ enum: PORTAL_LANGS, default: 'de', description: 'ls = Leichte Sprache' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(PORTAL_LANGS)
  lang?: PortalLang;
}

export const PORTAL_PAGE_MAX = 50;
export const PORTAL_OFFSET_MAX = 1000;
export const PORTAL_QUERY_MAX = 200;

export class PortalOffersQueryDto extends PortalLangQueryDto {
  @ApiPropertyOptional({
    description: 'Search text: case, umlauts, hyphens, synonyms and small typos forgiven',
  })
  @IsOptional()
  @EmptyAsAbsent()
  @IsString()
  @MaxLength(PORTAL_QUERY_MAX)
  q?: string;

  @ApiPropertyOptional({ enum: LIFE_SITUATION_KEYS })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(LIFE_SITUATION_KEYS)
  lifeSituation?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Offers for this district or for the whole city' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsUUID()
  districtId?: string;

  @ApiPropertyOptional({ description: 'A language spoken at the offer (ISO 639-1, e.g. uk)' })
  @IsOptional()
  @EmptyAsAbsent()
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be a language code like uk' })
  language?: string;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 99, description: "The child's age in years" })
  @IsOptional()
  @IntegerParam()
  @IsInt()
  @Min(0)
  @Max(99)
  age?: number;

  @ApiPropertyOptional({ enum: ['true'], description: 'Only offers that cost the family nothing' })
  @IsOptional()
  @EmptyAsAbsent()
  @IsIn(['true'])
  free?: 'true';

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: PORTAL_PAGE_MAX, default: 20 })
  @IsOptional()
  @IntegerParam()
  @IsInt()
  @Min(1)
  @Max(PORTAL_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: PORTAL_OFFSET_MAX, default: 0 })
  @IsOptional()
  @IntegerParam()
  @IsInt()
  @Min(0)
  @Max(PORTAL_OFFSET_MAX)
  offset?: number;
}

export class PortalIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { LIFE_SITUATION_KEYS, PORTAL_LANGS, type PortalLang } from '@lotsen/domain';

/** The language of the answer; German when not given. */
export class PortalLangQueryDto {
  @ApiPropertyOptional({ enum: PORTAL_LANGS, default: 'de', description: 'ls = Leichte Sprache' })
  @IsOptional()
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
  @IsString()
  @MaxLength(PORTAL_QUERY_MAX)
  q?: string;

  @ApiPropertyOptional({ enum: LIFE_SITUATION_KEYS })
  @IsOptional()
  @IsIn(LIFE_SITUATION_KEYS)
  lifeSituation?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Offers for this district or for the whole city' })
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @ApiPropertyOptional({ description: 'A language spoken at the offer (ISO 639-1, e.g. uk)' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}$/, { message: 'language must be a language code like uk' })
  language?: string;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: 99, description: "The child's age in years" })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(99)
  age?: number;

  @ApiPropertyOptional({ enum: ['true'], description: 'Only offers that cost the family nothing' })
  @IsOptional()
  @IsIn(['true'])
  free?: 'true';

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: PORTAL_PAGE_MAX, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PORTAL_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ type: Number, minimum: 0, maximum: PORTAL_OFFSET_MAX, default: 0 })
  @IsOptional()
  @Type(() => Number)
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

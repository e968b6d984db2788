import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { LEIKA_KEY_PATTERN, LIFE_SITUATION_KEYS, LIMITS, NEED_CATEGORY_KEY_PATTERN } from '@lotsen/domain';
import { IsPastDate } from '../../../common/errors/dates';
import { MayBeOmitted } from '../../../common/errors/optional';
import { VersionDto } from '../../../common/errors/version.dto';

export const CHECKLIST_MAX = 30;

export class CreateServiceDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '99041006017000',
    description: 'LeiKa key (14 digits, 99…); only a key confirmed by a source, else null',
  })
  @IsOptional()
  @Matches(LEIKA_KEY_PATTERN, { message: 'leikaKey must be a LeiKa key: 14 digits beginning with 99' })
  leikaKey?: string | null;

  @ApiProperty({ example: 'Elterngeld' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.labelMax)
  titleDe!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  descriptionDe?: string | null;

  @ApiProperty({ format: 'uuid', description: 'The responsible body (a provider)' })
  @IsUUID()
  responsibleProviderId!: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'The online application, where one exists',
  })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['https'] })
  @MaxLength(300)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'What to bring' })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(CHECKLIST_MAX)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.labelMax, { each: true })
  checklist?: string[];

  @ApiPropertyOptional({ type: [String], example: ['elterngeld'] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(NEED_CATEGORY_KEY_PATTERN, { each: true })
  categoryKeys?: string[];

  @ApiPropertyOptional({ type: [String], enum: LIFE_SITUATION_KEYS })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(LIFE_SITUATION_KEYS.length)
  @IsIn(LIFE_SITUATION_KEYS, { each: true })
  lifeSituationKeys?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Last checked (YYYY-MM-DD)',
  })
  @IsOptional()
  @IsPastDate()
  lastCheckedAt?: string | null;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  active?: boolean;
}

export class UpdateServiceDto extends IntersectionType(
  PartialType(CreateServiceDto, { skipNullProperties: false }),
  VersionDto,
) {}

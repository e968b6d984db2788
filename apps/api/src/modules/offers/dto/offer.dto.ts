import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LIMITS, NEED_CATEGORY_KEY_PATTERN, OFFER_CAPACITIES, type OfferCapacity } from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';
import { VersionDto } from '../../../common/errors/version.dto';
import { LANGUAGE_CODE } from '../../families/dto/family.dto';
import { PHONE } from '../../providers/dto/provider.dto';
import type { OpeningSlot } from '@lotsen/domain';
import { OpeningScheduleField } from '../../../common/validation/opening-schedule.decorator';

export class CreateOfferDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  providerId!: string;

  @ApiProperty({ example: 'Beratung zum Kita-Gutschein' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.labelMax)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['kita_gutschein'] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(40)
  @Matches(NEED_CATEGORY_KEY_PATTERN, { each: true })
  categoryKeys?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Empty: the whole city' })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  districtIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_CODE, { each: true })
  languages?: string[];

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  ageFrom?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  ageTo?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.addressMax)
  address?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.labelMax)
  openingHours?: string | null;

  @OpeningScheduleField()
  openingSchedule?: OpeningSlot[];

  @ApiPropertyOptional({ enum: OFFER_CAPACITIES })
  @MayBeOmitted()
  @IsIn(OFFER_CAPACITIES)
  capacity?: OfferCapacity;

  @ApiPropertyOptional({ description: 'Address shown to office staff only (e.g. a women’s shelter)' })
  @MayBeOmitted()
  @IsBoolean()
  addressHidden?: boolean;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'Costs the family nothing (null: not stated)',
  })
  @IsOptional()
  @IsBoolean()
  costFree?: boolean | null;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  active?: boolean;
}

export class UpdateOfferDto extends IntersectionType(
  PartialType(CreateOfferDto, { skipNullProperties: false }),
  VersionDto,
) {}

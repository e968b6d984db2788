import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { LIMITS, PROVIDER_KINDS, type ProviderKind } from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';
import { VersionDto } from '../../../common/errors/version.dto';
import { LANGUAGE_CODE } from '../../families/dto/family.dto';
import type { OpeningSlot } from '@lotsen/domain';
import { OpeningScheduleField } from '../../../common/validation/opening-schedule.decorator';

export const PHONE = /^\+?[0-9 ()/-]{3,30}$/;

export class CreateProviderDto {
  @ApiProperty({ example: 'Erziehungs- und Familienberatungsstelle Potsdam-Süd' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @ApiProperty({ enum: PROVIDER_KINDS })
  @IsIn(PROVIDER_KINDS)
  kind!: ProviderKind;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.addressMax)
  address?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(LIMITS.emailMax)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Di 9–12 und 13–18 Uhr, Do 9–12 Uhr' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  openingHours?: string | null;

  @OpeningScheduleField()
  openingSchedule?: OpeningSlot[];

  @ApiPropertyOptional({ type: [String] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_CODE, { each: true })
  languages?: string[];

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  active?: boolean;
}

export class UpdateProviderDto extends IntersectionType(
  PartialType(CreateProviderDto, { skipNullProperties: false }),
  VersionDto,
) {}

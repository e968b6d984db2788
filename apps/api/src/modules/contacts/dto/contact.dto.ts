import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { CONTACT_CHANNELS, LIMITS, type ContactChannel } from '@lotsen/domain';
import { IsNotFuture } from '../../../common/errors/dates';
import { MayBeOmitted } from '../../../common/errors/optional';
import { ContactNeedDto } from '../../needs/dto/need.dto';

/** A short topic; on an anonymous contact it must not name anybody. */
export const SUMMARY_MAX = 200;

export class CreateContactDto {
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'null or absent: anonymous contact',
  })
  @IsOptional()
  @IsUUID()
  familyId?: string | null;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Defaults to now; may lie in the past, never in the future',
  })
  @MayBeOmitted()
  @IsNotFuture()
  occurredAt?: string;

  @ApiProperty({ enum: CONTACT_CHANNELS })
  @IsIn(CONTACT_CHANNELS)
  channel!: ContactChannel;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 600 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: SUMMARY_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(SUMMARY_MAX)
  summary?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Family contacts only' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  notes?: string | null;

  @ApiPropertyOptional({
    description: 'Family contacts only: notes readable by their author only (SGB VIII §65)',
  })
  @MayBeOmitted()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({ type: [ContactNeedDto] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ContactNeedDto)
  needs?: ContactNeedDto[];
}

export class UpdateContactDto extends VersionDto {
  @ApiPropertyOptional({ format: 'date-time' })
  @MayBeOmitted()
  @IsNotFuture()
  occurredAt?: string;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS })
  @MayBeOmitted()
  @IsIn(CONTACT_CHANNELS)
  channel?: ContactChannel;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(SUMMARY_MAX)
  summary?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  notes?: string | null;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  confidential?: boolean;
}

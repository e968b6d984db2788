import { ApiProperty, IntersectionType, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
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
import { VersionDto } from '../../../common/errors/version.dto';
import { ANONYMIZE_REASONS, LIMITS, NAME_PATTERN, type AnonymizeReason } from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';

/** ISO 639 language codes, e.g. `de`, `tr`, `ar`, `uk`. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

export class CreateFamilyDto {
  @ApiProperty({ example: 'Familie Schulz' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  @Matches(NAME_PATTERN, { message: 'name must contain a letter' })
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 1, maximum: 30 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  householdSize?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 25 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(25)
  childrenCount?: number | null;

  @ApiPropertyOptional({ nullable: true, type: Boolean })
  @IsOptional()
  @IsBoolean()
  singleParent?: boolean | null;

  @ApiPropertyOptional({ type: [String], example: ['de', 'ar'] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE_CODE, { each: true, message: 'each language must be an ISO 639 code such as de or tr' })
  languages?: string[];

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Lead counsellor; defaults to the caller' })
  @MayBeOmitted()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({
    description: 'Create even though similar families exist (after a 409 POSSIBLE_DUPLICATE)',
  })
  @MayBeOmitted()
  @IsBoolean()
  confirmNew?: boolean;
}

export class UpdateFamilyDto extends IntersectionType(
  PartialType(OmitType(CreateFamilyDto, ['ownerId', 'confirmNew'] as const), {
    skipNullProperties: false,
  }),
  VersionDto,
) {
  @ApiPropertyOptional({ enum: ['active', 'closed'] })
  @MayBeOmitted()
  @IsIn(['active', 'closed'])
  status?: 'active' | 'closed';
}

export class HandoffDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toUserId!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;

  @ApiPropertyOptional({
    default: true,
    description:
      'Moves the old owner\'s open follow-ups of the family to the new owner ("Offene Wiedervorlagen mitübergeben")',
  })
  @IsOptional()
  @IsBoolean()
  moveFollowUps?: boolean;
}

export class BulkHandoffDto extends HandoffDto {
  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(LIMITS.pageSizeMax)
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class AnonymizeFamilyDto {
  @ApiProperty({
    enum: ANONYMIZE_REASONS,
    description:
      'Why (written to the audit log; a closed list, so that the append-only log never holds a name)',
  })
  @IsIn(ANONYMIZE_REASONS)
  reason!: AnonymizeReason;
}

export type { TimelineEntry } from '../family-timeline';

/** The Art. 15 export's format: the JSON (default) or a readable PDF for the family. */
export class FamilyExportQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'pdf'], default: 'json' })
  @IsOptional()
  @IsIn(['json', 'pdf'])
  format?: 'json' | 'pdf';
}

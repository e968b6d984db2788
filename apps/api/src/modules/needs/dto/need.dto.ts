import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import {
  LIMITS,
  NEED_CATEGORY_KEY_PATTERN,
  NEED_STATUSES,
  NEED_URGENCIES,
  UNMET_REASONS,
  type NeedStatus,
  type NeedUrgency,
  type UnmetReason,
} from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';

/** A need as part of a new contact (`POST /api/contacts` with `needs`). */
export class ContactNeedDto {
  @ApiProperty({ example: 'kita_gutschein' })
  @Matches(NEED_CATEGORY_KEY_PATTERN)
  categoryKey!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @ApiPropertyOptional({ enum: NEED_URGENCIES })
  @MayBeOmitted()
  @IsIn(NEED_URGENCIES)
  urgency?: NeedUrgency;

  @ApiPropertyOptional({
    enum: ['open', 'met', 'unmet'],
    description: 'met: advice alone met it; unmet needs unmetReason',
  })
  @MayBeOmitted()
  @IsIn(['open', 'met', 'unmet'])
  status?: 'open' | 'met' | 'unmet';

  @ApiPropertyOptional({ enum: UNMET_REASONS, nullable: true })
  @IsOptional()
  @IsIn(UNMET_REASONS)
  unmetReason?: UnmetReason | null;
}

/** A need entered for a family (outside a contact): the contact's need fields plus family and contact. */
export class CreateNeedDto extends PickType(ContactNeedDto, [
  'categoryKey',
  'description',
  'urgency',
] as const) {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  familyId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  contactId?: string | null;
}

export class UpdateNeedDto extends VersionDto {
  @ApiPropertyOptional({
    enum: NEED_STATUSES,
    description: 'Manual moves only (libs/domain MANUAL_NEED_TRANSITIONS)',
  })
  @MayBeOmitted()
  @IsIn(NEED_STATUSES)
  status?: NeedStatus;

  @ApiPropertyOptional({ enum: UNMET_REASONS, nullable: true, description: 'Required with status unmet' })
  @IsOptional()
  @IsIn(UNMET_REASONS)
  unmetReason?: UnmetReason | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  description?: string | null;

  @ApiPropertyOptional({ enum: NEED_URGENCIES })
  @MayBeOmitted()
  @IsIn(NEED_URGENCIES)
  urgency?: NeedUrgency;
}

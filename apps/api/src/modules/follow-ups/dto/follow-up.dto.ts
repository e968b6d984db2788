import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { FOLLOW_UP_STATUSES, LIMITS, type FollowUpStatus } from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';
import { IsTimestampInLimits } from '../../../common/errors/dates';

export class CreateFollowUpDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  familyId!: string;

  @ApiProperty({ example: 'Rückruf wegen Kita-Gutschein' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.labelMax)
  title!: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true })
  @IsTimestampInLimits()
  dueAt!: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Defaults to the family's owner" })
  @MayBeOmitted()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  needId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;
}

export class UpdateFollowUpDto extends VersionDto {
  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.labelMax)
  title?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @MayBeOmitted()
  @IsDateString({ strict: true })
  @IsTimestampInLimits()
  dueAt?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @MayBeOmitted()
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ enum: FOLLOW_UP_STATUSES, description: 'done sets doneAt; open clears it' })
  @MayBeOmitted()
  @IsIn(FOLLOW_UP_STATUSES)
  status?: FollowUpStatus;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;
}

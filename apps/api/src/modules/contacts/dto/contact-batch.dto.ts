import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CONTACT_BATCH_MAX,
  CONTACT_BATCH_RESULTS,
  CONTACT_CHANNELS,
  NEED_CATEGORY_KEY_PATTERN,
  OFFLINE_MAX_NEEDS,
  OFFLINE_NOTE_MAX,
  UNMET_REASONS,
  type ContactBatchResult,
  type ContactChannel,
  type UnmetReason,
} from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';

/** An ISO 8601 timestamp with time zone. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** A need of an offline entry: its category, and why it could not be met (then it is unmet). */
export class OfflineNeedDto {
  @ApiProperty({ example: 'kita_gutschein' })
  @Matches(NEED_CATEGORY_KEY_PATTERN)
  categoryKey!: string;

  @ApiPropertyOptional({ enum: UNMET_REASONS, nullable: true, description: 'Given: the need is unmet' })
  @IsOptional()
  @IsIn(UNMET_REASONS)
  unmetReason?: UnmetReason | null;
}

/**
 * One anonymous contact recorded on a device without network (issue 22). Each entry of a batch
 * is checked on its own: a bad one is `rejected`, the others go on.
 */
export class OfflineContactEntryDto {
  @ApiProperty({ format: 'uuid', description: 'Made on the device; the same id is stored once' })
  @IsUUID()
  id!: string;

  @ApiProperty({
    format: 'date-time',
    description:
      'When the contact happened: not in the future, at most 30 days ago (docs/offline-outreach.md)',
  })
  @IsString()
  @Matches(TIMESTAMP, { message: 'occurredAt must be a timestamp with time zone' })
  occurredAt!: string;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS, default: 'outreach' })
  @MayBeOmitted()
  @IsIn(CONTACT_CHANNELS)
  channel?: ContactChannel;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 600 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(600)
  durationMinutes?: number | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'The Sozialraum' })
  @IsOptional()
  @IsUUID()
  districtId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: OFFLINE_NOTE_MAX,
    description: 'A short note that names nobody',
  })
  @IsOptional()
  @IsString()
  @MaxLength(OFFLINE_NOTE_MAX)
  summary?: string | null;

  @ApiPropertyOptional({ type: [OfflineNeedDto], maxItems: OFFLINE_MAX_NEEDS })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(OFFLINE_MAX_NEEDS)
  @ValidateNested({ each: true })
  @Type(() => OfflineNeedDto)
  needs?: OfflineNeedDto[];
}

/**
 * `POST /api/contacts/batch`. The entries are not validated here but one by one in the service,
 * so that one bad entry never refuses the others.
 */
export class ContactBatchDto {
  @ApiProperty({
    type: [OfflineContactEntryDto],
    maxItems: CONTACT_BATCH_MAX,
    description: `At most ${CONTACT_BATCH_MAX} entries (more: 413 BATCH_TOO_LARGE)`,
  })
  @IsArray()
  contacts!: unknown[];
}

/** What happened to one entry, in the order sent. */
export class ContactBatchItemResult {
  @ApiProperty({ description: 'The position of the entry in `contacts`' })
  index!: number;

  @ApiProperty({ type: String, nullable: true, description: "The entry's id (null when it was no UUID)" })
  id!: string | null;

  @ApiProperty({ enum: CONTACT_BATCH_RESULTS })
  result!: ContactBatchResult;

  @ApiPropertyOptional({ format: 'uuid', description: 'created, duplicate: the stored contact' })
  contactId?: string;

  @ApiPropertyOptional({ description: 'rejected: the stable error code' })
  code?: string;

  @ApiPropertyOptional({ description: 'rejected: why, in plain English' })
  message?: string;

  @ApiPropertyOptional({ type: [Object], description: 'rejected: the fields concerned' })
  details?: unknown[];
}

export class ContactBatchAnswer {
  @ApiProperty({ type: [ContactBatchItemResult] })
  results!: ContactBatchItemResult[];

  @ApiProperty() created!: number;
  @ApiProperty() duplicate!: number;
  @ApiProperty() rejected!: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CONTACT_CANCEL_REASONS, NEED_CATEGORY_KEY_PATTERN, type ContactCancelReason } from '@lotsen/domain';

/** A short note on why a contact was cancelled; it names nobody. */
export const CANCEL_NOTE_MAX = 200;

/** `POST /api/contacts/{id}/cancel`: a contact recorded by mistake leaves lists and reports. */
export class CancelContactDto {
  @ApiProperty({
    enum: CONTACT_CANCEL_REASONS,
    description: 'duplicate, wrong_entry, undone (right after saving), other (note required)',
  })
  @IsIn(CONTACT_CANCEL_REASONS)
  reason!: ContactCancelReason;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: CANCEL_NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(CANCEL_NOTE_MAX)
  note?: string | null;
}

/** `PUT /api/contacts/{id}/needs`: the categories the contact raised, corrected. */
export class CorrectContactNeedsDto {
  @ApiProperty({
    type: [String],
    example: ['kita_gutschein', 'wohngeld'],
    description: 'Kept: unchanged; new: a new open need; left out: that need is cancelled',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(NEED_CATEGORY_KEY_PATTERN, { each: true })
  categoryKeys!: string[];
}

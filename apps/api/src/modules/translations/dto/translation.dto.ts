import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  TRANSLATION_ENTITIES,
  TRANSLATION_FIELDS,
  TRANSLATION_LANGS,
  type TranslationEntity,
  type TranslationField,
} from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';
import { VersionDto } from '../../../common/errors/version.dto';

/** The longest text of any field; the field's own limit is the service's check (title ≤ 200). */
const TEXT_MAX = 4000;

export class CreateTranslationDto {
  @ApiProperty({ enum: TRANSLATION_ENTITIES })
  @IsIn(TRANSLATION_ENTITIES)
  entity!: TranslationEntity;

  @ApiProperty({ description: "The offer's or service's id, or the life situation's key" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  entityId!: string;

  @ApiProperty({
    enum: TRANSLATION_FIELDS,
    description: 'offer: title, description; service: also checklist; life_situation: intro',
  })
  @IsIn(TRANSLATION_FIELDS)
  field!: TranslationField;

  @ApiProperty({
    enum: TRANSLATION_LANGS,
    description: 'de-x-ls = Leichte Sprache; de only for life situations',
  })
  @IsIn(TRANSLATION_LANGS)
  lang!: string;

  @ApiProperty({
    description: 'title ≤ 200, description/intro ≤ 4000 characters; a checklist one item per line',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  text!: string;

  @ApiPropertyOptional({ description: 'true: reviewed now by the caller; false: not reviewed' })
  @MayBeOmitted()
  @IsBoolean()
  reviewed?: boolean;
}

/** The text and the review may change; what a translation is of (entity, field, lang) may not. */
export class UpdateTranslationDto extends VersionDto {
  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  text?: string;

  @ApiPropertyOptional({
    description:
      'true: reviewed now by the caller; false: not reviewed. A changed text is unreviewed unless true is sent',
  })
  @MayBeOmitted()
  @IsBoolean()
  reviewed?: boolean;
}

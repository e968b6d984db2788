import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  CALLBACK_LIMITS,
  CALLBACK_PHONE_PATTERN,
  LIMITS,
  PORTAL_LANGS,
  type PortalLang,
} from '@lotsen/domain';

/** Trimmed; an empty field counts as not given (a plain HTML form sends its empty fields). */
const Trimmed = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  });

/** A topic value: `lebenslage:<key>`, `leistung:<uuid>` or `sonstiges` (checked further by the service). */
const TOPIC_PATTERN = /^(sonstiges|lebenslage:[a-z_]{1,60}|leistung:[0-9a-f-]{36})$/;

/**
 * A Rückrufbitte as the portal sends it (docs/portal.md, "Rückruf erbitten"). The rules beyond
 * the fields' shapes — the token's age, consent, phone or e-mail, the office and topic — are the
 * service's, each with its own code.
 */
export class PortalCallbackDto {
  @ApiProperty({ description: 'The token of GET /api/portal/callback-form' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @ApiPropertyOptional({ description: 'Honeypot: a hidden field people leave empty' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  officeId!: string;

  @ApiProperty({ example: 'lebenslage:kinderbetreuung' })
  @IsString()
  @Matches(TOPIC_PATTERN)
  topic!: string;

  @ApiProperty({ maxLength: CALLBACK_LIMITS.nameMax, description: 'A name or a pseudonym' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CALLBACK_LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({ example: '0331 123456' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(CALLBACK_LIMITS.phoneMax)
  @Matches(CALLBACK_PHONE_PATTERN)
  phone?: string;

  @ApiPropertyOptional({ example: 'name@example.org' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email?: string;

  @ApiProperty({ enum: PORTAL_LANGS, description: 'The language the family wants to be answered in' })
  @IsIn(PORTAL_LANGS)
  lang!: PortalLang;

  @ApiPropertyOptional({ maxLength: CALLBACK_LIMITS.preferredTimeMax, example: 'vormittags' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(CALLBACK_LIMITS.preferredTimeMax)
  preferredTime?: string;

  @ApiProperty({ description: 'Must be true: the family agrees to the consent text shown' })
  @IsBoolean()
  consent!: boolean;

  @ApiProperty({ description: 'The version of the consent text shown (must be the current one)' })
  @IsString()
  @MaxLength(40)
  consentVersion!: string;
}

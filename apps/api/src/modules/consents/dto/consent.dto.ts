import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { CONSENT_FORMS, CONSENT_SCOPES, LIMITS, type ConsentForm, type ConsentScope } from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';
import { IsTimestampInLimits } from '../../../common/errors/dates';

export class CreateConsentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  familyId!: string;

  @ApiProperty({ enum: CONSENT_SCOPES })
  @IsIn(CONSENT_SCOPES)
  scope!: ConsentScope;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Required for share_with_provider',
  })
  @ValidateIf(
    (o: CreateConsentDto) =>
      o.scope === 'share_with_provider' || (o.providerId !== undefined && o.providerId !== null),
  )
  @IsUUID()
  providerId?: string | null;

  @ApiPropertyOptional({ enum: CONSENT_FORMS })
  @MayBeOmitted()
  @IsIn(CONSENT_FORMS)
  form?: ConsentForm;

  @ApiPropertyOptional({ format: 'date-time', description: 'Defaults to now' })
  @MayBeOmitted()
  @IsDateString({ strict: true })
  @IsTimestampInLimits()
  givenAt?: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, type: String })
  @IsOptional()
  @IsDateString({ strict: true })
  @IsTimestampInLimits()
  expiresAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The consent this one extends: same family, scope and provider',
  })
  @IsOptional()
  @IsUUID()
  replacesConsentId?: string | null;
}

/**
 * A consent is evidence: it is changed only to record its withdrawal (once, now or in the past,
 * not before `givenAt`) and its note. Extending it means a new consent (`replacesConsentId`).
 */
export class UpdateConsentDto extends VersionDto {
  @ApiPropertyOptional({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Set once; never in the future, never before givenAt, never changed or removed',
  })
  @IsOptional()
  @IsDateString({ strict: true })
  @IsTimestampInLimits()
  withdrawnAt?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;
}

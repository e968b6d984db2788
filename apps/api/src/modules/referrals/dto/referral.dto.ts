import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import {
  DECLINE_REASONS,
  LIMITS,
  REFERRAL_MODES,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  type DeclineReason,
  type ReferralMode,
  type ReferralOutcome,
  type ReferralStatus,
} from '@lotsen/domain';

export class CreateReferralDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  needId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  offerId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required without offerId' })
  @ValidateIf((o: CreateReferralDto) => !o.offerId)
  @IsUUID()
  providerId?: string;

  @ApiProperty({
    enum: REFERRAL_MODES,
    description: "info: the family gets the provider's details; warm: the family's data goes to the provider",
  })
  @IsIn(REFERRAL_MODES)
  mode!: ReferralMode;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  consentId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'For the provider' })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;
}

export class TransitionReferralDto {
  @ApiProperty({ enum: REFERRAL_STATUSES })
  @IsIn(REFERRAL_STATUSES)
  to!: ReferralStatus;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.textMax)
  note?: string | null;

  @ApiPropertyOptional({ enum: REFERRAL_OUTCOMES, description: 'Required to complete' })
  @IsOptional()
  @IsIn(REFERRAL_OUTCOMES)
  outcome?: ReferralOutcome | null;

  @ApiPropertyOptional({ enum: DECLINE_REASONS, description: 'Required to decline' })
  @IsOptional()
  @IsIn(DECLINE_REASONS)
  declineReason?: DeclineReason | null;
}

/** What a provider user sees of a referral: only what the family's consent covers. */
export interface ProviderReferralView {
  id: string;
  status: ReferralStatus;
  mode: ReferralMode;
  providerId: string;
  offerId: string | null;
  categoryKey: string;
  note: string | null;
  sentAt: Date | null;
  respondedAt: Date | null;
  completedAt: Date | null;
  outcome: ReferralOutcome | null;
  declineReason: DeclineReason | null;
  version: number;
  family: { name: string; phone: string | null; email: string | null };
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import {
  ANSWER_CHANNELS,
  type AnswerChannel,
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

  @ApiPropertyOptional({
    enum: ANSWER_CHANNELS,
    description:
      "Staff recording a provider's answer on its behalf: how the answer came (issue 25.8). Not for provider users.",
  })
  @IsOptional()
  @IsIn(ANSWER_CHANNELS)
  channel?: AnswerChannel | null;
}

/** The last move of a referral, as staff see it (issue 25.8). */
export interface ReferralMoveView {
  id: string;
  from: ReferralStatus;
  to: ReferralStatus;
  byUserId: string | null;
  at: Date;
  onBehalfOfProvider: boolean;
  channel: AnswerChannel | null;
  /** The caller made it less than 10 minutes ago: `POST /api/referrals/{id}/undo` takes it back. */
  undoable: boolean;
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

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OFFER_CHANGE_STATUSES, type OfferChangeStatus } from '@lotsen/domain';
import { VersionDto } from '../../../common/errors/version.dto';

/** Accepting a change: the version of the change request the reviewer saw. */
export class AcceptOfferChangeDto extends VersionDto {}

/** Rejecting a change: with a reason the provider reads. */
export class RejectOfferChangeDto extends VersionDto {
  @ApiProperty({ maxLength: 1000, description: 'Shown to the provider' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

/** A change request as the review queue and the provider read it. */
export class OfferChangeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) offerId!: string;
  @ApiProperty() offerTitle!: string;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty({ enum: OFFER_CHANGE_STATUSES }) status!: OfferChangeStatus;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The proposed values' })
  proposed!: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The values before: the offer now (pending, rejected) or when accepted',
  })
  before!: Record<string, unknown>;
  @ApiPropertyOptional({ type: String, nullable: true }) reason!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) proposedByName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decidedByName!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) decidedAt!: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ format: 'date-time' }) updatedAt!: Date;
  @ApiProperty() version!: number;
}

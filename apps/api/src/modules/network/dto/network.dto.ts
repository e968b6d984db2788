import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The contact line a provider shares with the other providers (null: none). */
export class NetworkContactDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  networkContact?: string | null;
}

/** A provider as the network directory shows it. */
export class NetworkProviderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) networkContact!: string | null;
}

/** An offer of another provider: its public fields and its provider's contact line. */
export class NetworkOfferView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ type: [String] }) categoryKeys!: string[];
  @ApiProperty({ type: [String] }) districtIds!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiPropertyOptional({ type: Number, nullable: true }) ageFrom!: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) ageTo!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) address!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) phone!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) email!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) openingHours!: string | null;
  @ApiProperty() capacity!: string;
  @ApiPropertyOptional({ type: Boolean, nullable: true }) costFree!: boolean | null;
  @ApiProperty({ format: 'date-time' }) confirmedAt!: Date;
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty({ type: NetworkProviderView }) provider!: NetworkProviderView;
}

/** The year whose quarters are shown (default: the current year, Europe/Berlin). */
export class OutcomesQueryDto {
  @ApiPropertyOptional({ example: '2026', pattern: '^20[0-9]{2}$' })
  @IsOptional()
  @Matches(/^20[0-9]{2}$/, { message: 'year must be a year like 2026' })
  year?: string;
}

export class NetworkFigureView {
  @ApiPropertyOptional({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ description: 'Fewer than 3 other providers of the kind contribute: not published' })
  suppressed!: boolean;
}

/** One quarter of a provider's figures, beside the network's medians. */
export class QuarterOutcomesView {
  @ApiProperty({ example: '2026-Q1' }) period!: string;
  @ApiProperty() received!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  declinedByReason!: Record<string, number>;
  @ApiProperty() returned!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  completedByOutcome!: Record<string, number>;
  @ApiPropertyOptional({ type: Number, nullable: true }) medianDaysToAnswer!: number | null;
  @ApiProperty({ type: NetworkFigureView }) networkReceived!: NetworkFigureView;
  @ApiProperty({ type: NetworkFigureView, description: 'Share accepted of received, in percent' })
  networkAcceptedPercent!: NetworkFigureView;
  @ApiProperty({ type: NetworkFigureView }) networkMedianDaysToAnswer!: NetworkFigureView;
}

export class ProviderOutcomesView {
  @ApiProperty({ format: 'uuid' }) providerId!: string;
  @ApiProperty() providerName!: string;
  @ApiProperty({ description: 'The category the network is taken from: the provider kind' }) kind!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: [QuarterOutcomesView] }) quarters!: QuarterOutcomesView[];
}

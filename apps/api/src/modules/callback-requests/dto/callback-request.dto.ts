import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { CALLBACK_CLOSE_REASONS, CALLBACK_LIMITS, LIMITS, type CallbackCloseReason } from '@lotsen/domain';

const trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A move of a request (take, done, close, contact): the version read, when the client sends it. */
export class CallbackMoveDto {
  @ApiPropertyOptional({ description: 'The version the client read; 409 STALE_VERSION when stale' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(LIMITS.intMax)
  version?: number;
}

export class CallbackDoneDto extends CallbackMoveDto {
  @ApiProperty({ maxLength: CALLBACK_LIMITS.outcomeMax, example: 'Zurückgerufen, Termin vereinbart' })
  @trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CALLBACK_LIMITS.outcomeMax)
  outcome!: string;
}

export class CallbackCloseDto extends CallbackMoveDto {
  @ApiProperty({ enum: CALLBACK_CLOSE_REASONS })
  @IsIn(CALLBACK_CLOSE_REASONS)
  reason!: CallbackCloseReason;
}

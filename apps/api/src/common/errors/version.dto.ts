import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { LIMITS } from '@lotsen/domain';

/** The `version` an update carries (api.md: 409 STALE_VERSION when it is not the current one). */
export class VersionDto {
  @ApiProperty({ description: 'The version the client read; 409 STALE_VERSION when stale' })
  @IsInt()
  @Min(1)
  @Max(LIMITS.intMax)
  version!: number;
}

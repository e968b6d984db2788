import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';

/** The `version` an update carries (api.md: 409 STALE_VERSION when it is not the current one). */
export class VersionDto {
  @ApiProperty({ description: 'The version the client read; 409 STALE_VERSION when stale' })
  @IsInt()
  @Min(1)
  version!: number;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PortalLangQueryDto, PORTAL_QUERY_MAX } from './portal-query.dto';

/** What the family has typed so far (at least two letters). */
export class PortalSuggestionsQueryDto extends PortalLangQueryDto {
  @ApiProperty({ minLength: 2, maxLength: PORTAL_QUERY_MAX })
  @IsString()
  @MinLength(2)
  @MaxLength(PORTAL_QUERY_MAX)
  q!: string;
}

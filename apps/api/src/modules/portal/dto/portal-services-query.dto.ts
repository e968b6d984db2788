import { ApiProperty, PickType } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PortalOffersQueryDto } from './portal-query.dto';

/** The services search takes the offers search's text, life situation and paging (same rules). */
export class PortalServicesQueryDto extends PickType(PortalOffersQueryDto, [
  'lang',
  'q',
  'lifeSituation',
  'limit',
  'offset',
] as const) {}

/** A service is addressed by its LeiKa key (when it has one) or by its id. */
export class PortalServiceParamDto {
  @ApiProperty({ description: 'LeiKa key (14 digits, 99…) or the id', example: '99041006017000' })
  @Matches(/^(99\d{12}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, {
    message: 'leikaKeyOrId must be a LeiKa key or an id',
  })
  leikaKeyOrId!: string;
}

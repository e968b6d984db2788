import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, ValidateIf } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';

export class UpdateNotificationDto extends VersionDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null marks it unread again',
  })
  @ValidateIf((_o, v) => v !== null)
  @IsDateString()
  readAt!: string | null;
}

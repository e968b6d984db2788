import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, ValidateIf } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { IsTimestampInLimits } from '../../../common/errors/dates';

export class UpdateNotificationDto extends VersionDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null marks it unread again',
  })
  @ValidateIf((_o, v) => v !== null)
  @IsDateString()
  @IsTimestampInLimits()
  readAt!: string | null;
}

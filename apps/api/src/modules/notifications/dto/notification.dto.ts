import { ApiProperty } from '@nestjs/swagger';
import { IsDateString, IsInt, Min, ValidateIf } from 'class-validator';

export class UpdateNotificationDto {
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'null marks it unread again',
  })
  @ValidateIf((_o, v) => v !== null)
  @IsDateString()
  readAt!: string | null;

  @ApiProperty()
  @IsInt()
  @Min(1)
  version!: number;
}

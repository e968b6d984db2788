import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A reporting period of whole days (Europe/Berlin), both ends included. */
export class PeriodQueryDto {
  @ApiProperty({ format: 'date', example: '2026-07-01' })
  @Matches(DAY, { message: 'from must be a date YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-09-30' })
  @Matches(DAY, { message: 'to must be a date YYYY-MM-DD' })
  to!: string;
}

export class DemandQueryDto extends PeriodQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Analysts: one office; team leads always get their own',
  })
  @IsOptional()
  @IsUUID()
  officeId?: string;
}

export class DemandExportQueryDto extends DemandQueryDto {
  @ApiProperty({
    enum: ['csv', 'xlsx', 'pdf'],
    description: 'csv (UTF-8 with BOM, ";"-separated), xlsx (one sheet per table) or pdf; marked "vorläufig"',
  })
  @IsIn(['csv', 'xlsx', 'pdf'])
  format!: 'csv' | 'xlsx' | 'pdf';
}

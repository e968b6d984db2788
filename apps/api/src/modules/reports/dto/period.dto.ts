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

const MONTH = /^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/;

/** GET /api/reports/trends: the last month of the two years, and what to show. */
export class TrendsQueryDto {
  @ApiPropertyOptional({
    example: '2026-11',
    description: 'The last month (YYYY-MM); default: the last complete month',
  })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month YYYY-MM' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One Sozialraum (default: all)' })
  @IsOptional()
  @IsUUID()
  district?: string;

  @ApiPropertyOptional({ example: 'kita_gutschein', description: 'One need category key (default: all)' })
  @IsOptional()
  @Matches(/^[a-z0-9_]{1,64}$/, { message: 'category must be a need category key' })
  category?: string;
}

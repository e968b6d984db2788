import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { QUARTER_PATTERN } from '@lotsen/domain';

export class CreateSnapshotDto {
  @ApiProperty({ enum: ['demand'] })
  @IsIn(['demand'])
  kind!: 'demand';

  @ApiProperty({ example: '2026-Q3', pattern: QUARTER_PATTERN.source })
  @Matches(QUARTER_PATTERN, { message: 'period must be a quarter such as 2026-Q3' })
  period!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Analysts: one office; team leads always their own' })
  @IsOptional()
  @IsUUID()
  officeId?: string;
}

export class ExportQueryDto {
  @ApiProperty({
    enum: ['csv', 'xlsx', 'pdf'],
    description:
      'csv (UTF-8 with BOM, ";"-separated), xlsx (one sheet per table) or pdf (for the council: tables and charts)',
  })
  @IsIn(['csv', 'xlsx', 'pdf'])
  format!: 'csv' | 'xlsx' | 'pdf';
}

import { ApiProperty, IntersectionType, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { MayBeOmitted } from '../../../common/errors/optional';
import { DISTRICT_CODE_PATTERN, LIMITS, SOZIALRAEUME, type Sozialraum } from '@lotsen/domain';

export class CreateDistrictDto {
  @ApiProperty({ example: 'SR6' })
  @IsString()
  @Matches(DISTRICT_CODE_PATTERN)
  code!: string;

  @ApiProperty({ example: 'Schlaatz, Waldstadt, Potsdam Süd' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({ enum: SOZIALRAEUME, nullable: true })
  @IsOptional()
  @IsIn(SOZIALRAEUME)
  sozialraum?: Sozialraum | null;

  @ApiPropertyOptional({ type: [String] })
  @MayBeOmitted()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(LIMITS.nameMax, { each: true })
  stadtteile?: string[];

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsInt()
  @Min(0)
  @Max(LIMITS.intMax)
  sortOrder?: number;
}

/** The code is the district's identity in reports: fixed once created. */
export class UpdateDistrictDto extends IntersectionType(
  PartialType(OmitType(CreateDistrictDto, ['code'] as const), {
    skipNullProperties: false,
  }),
  VersionDto,
) {}

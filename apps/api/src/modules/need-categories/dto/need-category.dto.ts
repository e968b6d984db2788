import { ApiProperty, IntersectionType, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, MaxLength, Max, Min } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { MayBeOmitted } from '../../../common/errors/optional';
import {
  LIMITS,
  NEED_CATEGORY_GROUPS,
  NEED_CATEGORY_KEY_PATTERN,
  type NeedCategoryGroup,
} from '@lotsen/domain';

export class CreateNeedCategoryDto {
  @ApiProperty({ example: 'kita_gutschein', pattern: NEED_CATEGORY_KEY_PATTERN.source })
  @IsString()
  @Matches(NEED_CATEGORY_KEY_PATTERN, { message: 'key must be lower-case snake_case (2 to 40 characters)' })
  key!: string;

  @ApiProperty({ example: 'Kita-Platz / Kita-Gutschein' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.labelMax)
  labelDe!: string;

  @ApiProperty({ example: 'Day-care place / day-care voucher' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.labelMax)
  labelEn!: string;

  @ApiProperty({ enum: NEED_CATEGORY_GROUPS })
  @IsIn(NEED_CATEGORY_GROUPS)
  group!: NeedCategoryGroup;

  @ApiPropertyOptional({ description: 'May reveal special categories of data (DSGVO Art. 9)' })
  @MayBeOmitted()
  @IsBoolean()
  sensitive?: boolean;

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

/** The key is what needs and reports refer to: fixed once created. */
export class UpdateNeedCategoryDto extends IntersectionType(
  PartialType(OmitType(CreateNeedCategoryDto, ['key'] as const), {
    skipNullProperties: false,
  }),
  VersionDto,
) {}

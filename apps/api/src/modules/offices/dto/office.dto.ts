import { ApiProperty, IntersectionType, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { MayBeOmitted } from '../../../common/errors/optional';
import { LIMITS } from '@lotsen/domain';
import { OFFICE_KINDS, type OfficeKind } from '../office.entity';

export class CreateOfficeDto {
  @ApiProperty({ example: 'Familienbüro Potsdam' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.addressMax)
  address?: string | null;

  @ApiPropertyOptional({ enum: OFFICE_KINDS })
  @MayBeOmitted()
  @IsIn(OFFICE_KINDS)
  kind?: OfficeKind;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  active?: boolean;
}

export class UpdateOfficeDto extends IntersectionType(
  PartialType(CreateOfficeDto, { skipNullProperties: false }),
  VersionDto,
) {}

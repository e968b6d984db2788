import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
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

export class UpdateOfficeDto extends PartialType(CreateOfficeDto, { skipNullProperties: false }) {
  @ApiProperty({ description: 'The version the client read; 409 when stale' })
  @IsInt()
  @Min(1)
  version!: number;
}

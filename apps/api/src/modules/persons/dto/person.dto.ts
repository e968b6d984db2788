import { ApiProperty, IntersectionType, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { LIMITS, NAME_PATTERN, PERSON_RELATIONS, type PersonRelation } from '@lotsen/domain';
import { MayBeOmitted } from '../../../common/errors/optional';
import { IsPastDate } from '../../../common/errors/dates';

export class CreatePersonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  familyId!: string;

  @ApiProperty({ enum: PERSON_RELATIONS })
  @IsIn(PERSON_RELATIONS)
  relation!: PersonRelation;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameMax)
  @Matches(NAME_PATTERN, { message: 'firstName must contain a letter' })
  firstName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.nameMax)
  @Matches(NAME_PATTERN, { message: 'lastName must contain a letter' })
  lastName?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsPastDate()
  birthDate?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '0331 289 0' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()/-]{3,30}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(LIMITS.emailMax)
  email?: string | null;

  @ApiPropertyOptional({ description: 'Create even though a member of another family matches (after 409)' })
  @MayBeOmitted()
  @IsBoolean()
  confirmNew?: boolean;
}

export class UpdatePersonDto extends IntersectionType(
  PartialType(OmitType(CreatePersonDto, ['familyId', 'confirmNew'] as const), {
    skipNullProperties: false,
  }),
  VersionDto,
) {}

import { ApiProperty, IntersectionType, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { VersionDto } from '../../../common/errors/version.dto';
import { MayBeOmitted } from '../../../common/errors/optional';
import { LIMITS, ROLES, type Role } from '@lotsen/domain';

const normaliseEmail = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateUserDto {
  @ApiProperty({ example: 'beratung@familienbuero.example' })
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @ApiProperty({ example: 'Anna Beispiel' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.displayNameMax)
  displayName!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'Required for counsellor and team_lead',
  })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The provider of a provider user',
  })
  @IsOptional()
  @IsUUID()
  providerId?: string | null;

  @ApiPropertyOptional()
  @MayBeOmitted()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ format: 'password', writeOnly: true, minLength: LIMITS.passwordMin })
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

export class UpdateUserDto extends IntersectionType(
  PartialType(OmitType(CreateUserDto, ['password'] as const), {
    skipNullProperties: false,
  }),
  VersionDto,
) {
  @ApiPropertyOptional({
    format: 'uuid',
    writeOnly: true,
    description:
      'Write-only. When the user leaves the office (another office, deactivated, a role without cases): ' +
      'the active counsellor or team lead of the old office who takes over their families and open ' +
      "follow-ups. Default: the office's active team lead; with none, 409 SUCCESSOR_REQUIRED",
  })
  @MayBeOmitted()
  @IsUUID()
  successorId?: string;

  @ApiPropertyOptional({ format: 'password', writeOnly: true, description: 'Set to reset the password' })
  @MayBeOmitted()
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password?: string;
}

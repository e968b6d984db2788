import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { LIMITS } from '@lotsen/domain';

/** `POST /api/auth/password`: the signed-in user chooses a new password. */
export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  newPassword!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { LIMITS } from '@lotsen/domain';

export class LoginDto {
  @ApiProperty({ example: 'beratung@familienbuero.example' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

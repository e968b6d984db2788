import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

/** `GET/PUT /api/auth/preferences`: the signed-in user's own settings ("Mein Konto"). */
export class PreferencesDto {
  @ApiProperty({
    description:
      'E-mail (without content or names) on a new message on a referral: "E-Mail bei neuen Nachrichten" (issue 21.2)',
  })
  @IsBoolean()
  emailOnMessage!: boolean;
}

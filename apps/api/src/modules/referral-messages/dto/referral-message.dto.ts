import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, registerDecorator } from 'class-validator';
import { MESSAGE_SIDES, messageTextProblem, type MessageSide, REFERRAL_MESSAGE_LIMITS } from '@lotsen/domain';

/** Not blank and no HTML tag: the rule of libs/domain (`messageTextProblem`). */
function IsPlainMessageText(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isPlainMessageText',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => {
          const problem = messageTextProblem(value);
          return problem === null || problem === 'too_long';
        },
        defaultMessage: (args) =>
          messageTextProblem(args?.value) === 'html'
            ? 'text must be plain text without HTML tags'
            : 'text must not be empty',
      },
    });
}

/** A new message on a referral: plain text, no HTML (libs/domain `messageTextProblem`). */
export class CreateReferralMessageDto {
  @ApiProperty({
    maxLength: REFERRAL_MESSAGE_LIMITS.textMax,
    description: 'Plain text; HTML tags are refused (400), never rendered',
  })
  @IsString()
  @MaxLength(REFERRAL_MESSAGE_LIMITS.textMax)
  @IsPlainMessageText()
  text!: string;
}

/** One message as both sides read it. */
export class ReferralMessageView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) referralId!: string;
  @ApiProperty({ enum: MESSAGE_SIDES }) authorSide!: MessageSide;
  @ApiProperty({ type: String, nullable: true, description: "The author's display name" })
  authorName!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

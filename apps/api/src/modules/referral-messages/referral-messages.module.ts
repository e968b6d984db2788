import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Referral } from '../referrals/referral.entity';
import { ReferralMessagesController } from './referral-messages.controller';
import { ReferralMessagesService } from './referral-messages.service';

/** Messages on a referral between the office and the provider (issue 21.1). */
@Module({
  imports: [TypeOrmModule.forFeature([Referral])],
  controllers: [ReferralMessagesController],
  providers: [ReferralMessagesService],
})
export class ReferralMessagesModule {}

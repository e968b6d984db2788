import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OfferChangeRequest } from './offer-change.entity';
import { OfferChangesController } from './offer-changes.controller';
import { OfferChangesService } from './offer-changes.service';
import { Offer } from './offer.entity';
import { OffersController } from './offers.controller';
import { OffersService } from './offers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Offer, OfferChangeRequest])],
  controllers: [OffersController, OfferChangesController],
  providers: [OffersService, OfferChangesService],
})
export class OffersModule {}

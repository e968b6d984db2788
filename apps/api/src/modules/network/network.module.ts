import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Offer } from '../offers/offer.entity';
import { NetworkController } from './network.controller';
import { NetworkService } from './network.service';
import { ProviderOutcomesService } from './provider-outcomes.service';

/** The providers' network: directory of the others' offers and contact lines (issue 21.5). */
@Module({
  imports: [TypeOrmModule.forFeature([Offer])],
  controllers: [NetworkController],
  providers: [NetworkService, ProviderOutcomesService],
})
export class NetworkModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { CallbackRequest } from './callback-request.entity';
import { CallbackRequestsController } from './callback-requests.controller';
import { CallbackRequestsService } from './callback-requests.service';

/** The staff side of the Familienportal's Rückrufbitten (issue 17 point 7). */
@Module({
  imports: [TypeOrmModule.forFeature([CallbackRequest]), ContactsModule],
  controllers: [CallbackRequestsController],
  providers: [CallbackRequestsService],
})
export class CallbackRequestsModule {}

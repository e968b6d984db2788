import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NeedsModule } from '../needs/needs.module';
import { Contact } from './contact.entity';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { ContactCorrectionsService } from './contact-corrections.service';
import { ContactBatchService } from './contact-batch.service';

@Module({
  imports: [TypeOrmModule.forFeature([Contact]), NeedsModule],
  controllers: [ContactsController],
  providers: [ContactsService, ContactCorrectionsService, ContactBatchService],
  exports: [ContactsService],
})
export class ContactsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Translation } from './translation.entity';
import { TranslationsController } from './translations.controller';
import { TranslationsService } from './translations.service';

/** Translations of the portal's texts for the staff app (issue 17 point 5); the portal reads them itself. */
@Module({
  imports: [TypeOrmModule.forFeature([Translation])],
  controllers: [TranslationsController],
  providers: [TranslationsService],
})
export class TranslationsModule {}

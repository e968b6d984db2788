import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamiliesController } from './families.controller';
import { FamiliesService } from './families.service';
import { FamilyAccess } from './family-access.service';
import { FamilyAnonymizer } from './family-anonymizer.service';
import { FamilyExportService } from './family-export.service';
import { Family } from './family.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Family])],
  controllers: [FamiliesController],
  providers: [FamiliesService, FamilyAccess, FamilyAnonymizer, FamilyExportService],
  exports: [FamilyAccess, FamilyAnonymizer],
})
export class FamiliesModule {}

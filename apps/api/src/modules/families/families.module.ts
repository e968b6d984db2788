import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { FamiliesController } from './families.controller';
import { FamiliesService } from './families.service';
import { FamilyAccess } from './family-access.service';
import { Family } from './family.entity';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Family])],
  controllers: [FamiliesController],
  providers: [FamiliesService, FamilyAccess],
  exports: [FamilyAccess],
})
export class FamiliesModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RollupsModule } from '../reports/rollups/rollups.module';
import { SignalDetectionService } from './signal-detection.service';
import { Signal } from './signal.entity';
import { SignalsController } from './signals.controller';
import { SignalsService } from './signals.service';

/** Early warning (issue 20.5): the weekly detection (worker) and the read side (API). */
@Module({
  imports: [TypeOrmModule.forFeature([Signal]), RollupsModule],
  controllers: [SignalsController],
  providers: [SignalDetectionService, SignalsService],
  exports: [SignalDetectionService, SignalsService],
})
export class SignalsModule {}

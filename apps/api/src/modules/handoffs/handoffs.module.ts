import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Handoff } from './handoff.entity';
import { HandoffsController } from './handoffs.controller';

@Module({ imports: [TypeOrmModule.forFeature([Handoff])], controllers: [HandoffsController] })
export class HandoffsModule {}

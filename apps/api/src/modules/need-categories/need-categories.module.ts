import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NeedCategory } from './need-category.entity';
import { NeedCategoriesController } from './need-categories.controller';
import { NeedCategoriesService } from './need-categories.service';

@Module({
  imports: [TypeOrmModule.forFeature([NeedCategory])],
  controllers: [NeedCategoriesController],
  providers: [NeedCategoriesService],
  exports: [NeedCategoriesService],
})
export class NeedCategoriesModule {}

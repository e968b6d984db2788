import { Global, Module } from '@nestjs/common';
import { OutboxService } from './outbox.service';

/** Global, so any feature's service can record later work in its own transaction. */
@Global()
@Module({ providers: [OutboxService], exports: [OutboxService] })
export class OutboxModule {}

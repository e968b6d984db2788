import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { RetentionService, type RetentionStatus } from './retention.service';

@ApiTags('admin')
@Controller('admin/retention')
export class RetentionController {
  constructor(private readonly retention: RetentionService) {}

  /** The deletion period in force, how many families are due, and what the last nightly run did. */
  @Get()
  @Authenticated({ action: 'retention.read' })
  @ApiOkResponse({
    schema: {
      example: {
        retentionMonths: 24,
        cutoff: '2024-11-28T07:00:00.000Z',
        dueFamilies: 0,
        lastRun: {
          id: '…',
          startedAt: '2026-11-28T02:30:00.000Z',
          finishedAt: '2026-11-28T02:30:01.000Z',
          retentionMonths: 24,
          cutoff: '2024-11-28T02:30:00.000Z',
          anonymized: 3,
          failed: 0,
          trigger: 'schedule',
        },
      },
    },
  })
  status(): Promise<RetentionStatus> {
    return this.retention.status();
  }
}

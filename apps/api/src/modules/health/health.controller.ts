import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/authenticated.decorator';
import { AppException } from '../../common/errors/app.exception';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Liveness: the process answers. */
  @Get()
  @Public()
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL answers, and Redis when it is configured. */
  @Get('ready')
  @Public()
  @ApiOkResponse({ schema: { example: { status: 'ready', checks: { database: { status: 'up' } } } } })
  @ApiServiceUnavailableResponse({ description: 'code SERVICE_UNAVAILABLE, details name the failing check' })
  async ready(): Promise<{ status: 'ready'; checks: object }> {
    const { ready, checks } = await this.health.readiness();
    if (!ready) {
      throw new AppException(503, 'SERVICE_UNAVAILABLE', 'A dependency is not available', [checks]);
    }
    return { status: 'ready', checks };
  }
}

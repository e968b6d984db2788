import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { PreferencesDto } from './dto/preferences.dto';

/** The signed-in user's own preferences ("Mein Konto"); every user only their own. */
@ApiTags('auth')
@Controller('auth/preferences')
export class PreferencesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Authenticated({ action: 'profile.read' })
  @ApiOkResponse({ type: PreferencesDto })
  async get(@Ctx() ctx: RequestContext): Promise<PreferencesDto> {
    const rows: { email_on_message: boolean }[] = await this.dataSource.query(
      `SELECT email_on_message FROM users WHERE id = $1`,
      [ctx.user.id],
    );
    return { emailOnMessage: rows[0]?.email_on_message ?? false };
  }

  @Put()
  @Authenticated({ action: 'profile.update' })
  @ApiOkResponse({ type: PreferencesDto })
  async update(@Ctx() ctx: RequestContext, @Body() dto: PreferencesDto): Promise<PreferencesDto> {
    await this.dataSource.query(`UPDATE users SET email_on_message = $2, updated_at = now() WHERE id = $1`, [
      ctx.user.id,
      dto.emailOnMessage,
    ]);
    return this.get(ctx);
  }
}

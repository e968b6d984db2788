import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { PasswordChangeService } from './password-change.service';
import { SessionUserResponse } from './dto/session-user.response';
import { AUTHENTICATOR, type Authenticator } from './authenticator';
import { authenticateLocal, endSession, startSession } from './session-login';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(AUTHENTICATOR) private readonly authenticator: Authenticator,
    private readonly passwords: PasswordChangeService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOkResponse({ type: SessionUserResponse })
  async login(
    @Body() _dto: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AuthUser> {
    const user = await authenticateLocal(this.authenticator, req, res);
    await startSession(req, user);
    return user;
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await endSession(req);
    res.clearCookie(this.config.sessionCookieName, { path: '/' });
  }

  /** The signed-in user's own password ("Mein Konto"); ends their other sessions. */
  @Post('password')
  @Authenticated({ action: 'profile.changePassword' })
  @HttpCode(204)
  @ApiNoContentResponse()
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Req() req: Request,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    await this.passwords.change(ctx, req.sessionID, dto);
    // the session's copy of the user (mustChangePassword) is reloaded on the next request
  }

  @Get('me')
  @Authenticated({ action: 'profile.read' })
  @ApiOkResponse({ type: SessionUserResponse })
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}

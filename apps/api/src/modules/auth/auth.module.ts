import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AUTHENTICATOR, createAuthenticator } from './authenticator';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordChangeService } from './password-change.service';
import { PreferencesController } from './preferences.controller';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [AuthController, PreferencesController],
  providers: [
    AuthService,
    LoginThrottleService,
    PasswordChangeService,
    { provide: AUTHENTICATOR, useFactory: createAuthenticator, inject: [AuthService] },
  ],
  exports: [AUTHENTICATOR],
})
export class AuthModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AUTHENTICATOR, createAuthenticator } from './authenticator';
import { LoginThrottleService } from './login-throttle.service';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottleService,
    { provide: AUTHENTICATOR, useFactory: createAuthenticator, inject: [AuthService] },
  ],
  exports: [AUTHENTICATOR],
})
export class AuthModule {}

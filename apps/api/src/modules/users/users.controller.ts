import { Body, Controller, Delete, Get, Param, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { Ctx, type RequestContext } from '../../common/auth/request-context';
import { sendPage } from '../../common/crud/entity-crud';
import { AppException } from '../../common/errors/app.exception';
import { ApiListQuery, ListParams } from '../../common/list-query/list-query.decorator';
import type { ListQuery } from '../../common/list-query/list-query';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { User } from './user.entity';
import { USER_LIST, UsersService } from './users.service';
import { WholeRecordPut } from '../../common/crud/whole-record';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authenticated({ action: 'user.read' })
  @ApiListQuery(USER_LIST)
  async list(
    @ListParams(USER_LIST) query: ListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<User[]> {
    return sendPage(res, 'users', query, await this.users.crud.list(query));
  }

  @Get(':id')
  @Authenticated({ action: 'user.read' })
  get(@Param('id') id: string): Promise<User> {
    return this.users.crud.get(id);
  }

  @Post()
  @Authenticated({ action: 'user.create' })
  create(@Ctx() ctx: RequestContext, @Body() dto: CreateUserDto): Promise<User> {
    return this.users.create(ctx, dto);
  }

  @Put(':id')
  @Authenticated({ action: 'user.update' })
  @WholeRecordPut({
    reader: UsersService,
    read: (s, _ctx, id) => s.crud.get(id),
    // moved by sign-in and by the user's own password change, without a new version
    maintained: ['lastLoginAt', 'mustChangePassword', 'passwordChangedAt'],
  })
  update(@Ctx() ctx: RequestContext, @Param('id') id: string, @Body() dto: UpdateUserDto): Promise<User> {
    return this.users.update(ctx, id, dto);
  }

  @Delete(':id')
  @Authenticated({ action: 'user.update' })
  remove(): never {
    throw AppException.methodNotAllowed(
      'Users are never deleted (their work stays attributable); deactivate them',
    );
  }
}

import {
  applyDecorators,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModuleRef, Reflector } from '@nestjs/core';
import { ApiBadRequestResponse, ApiConflictResponse } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { LIMITS } from '@lotsen/domain';
import { requestContext, type RequestContext } from '../auth/request-context';
import { AppException } from '../errors/app.exception';
import { sameValue } from './same-value';

/**
 * Whole-record PUT (api.md, decisions.md): ra-data-simple-rest's `update` sends back the whole
 * record `getOne` returned — `id`, timestamps, `version`, derived fields — with the user's edits.
 * Before the validation pipe sees the body, the record is read as the caller reads it and
 * - a field the update DTO does not accept (read-only) is dropped when its value is unchanged,
 *   and refused with 400 `READ_ONLY_FIELD` naming it when changed (nothing is written);
 * - a writable field whose value is unchanged is dropped, so that the service sees only the
 *   fields the user changed (as a partial PUT would send them);
 * - fields the record does not have are left for the pipe, which refuses them as unknown;
 * - a `version` other than the current one is 409 `STALE_VERSION` at once (a stale record
 *   differs in its read-only fields too, and that is no attempt to change them).
 */
export interface WholeRecordOptions<S> {
  /** The provider that reads the record. */
  reader: Type<S>;
  /** Reads the record exactly as GET /:id returns it to the caller (scope checked), with no side effects. */
  read: (reader: S, ctx: RequestContext, id: string) => Promise<object>;
  /**
   * Read-only fields the server moves without a new `version` (a family's `lastActivityAt`, a
   * user's `lastLoginAt`): a copy read a moment ago may hold an older value; ignored.
   */
  maintained?: readonly string[];
}

const WHOLE_RECORD = 'lotsen:whole-record';

const isVersion = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= LIMITS.intMax;

/** Marks a `PUT /:id` route as taking the whole record (see above). */
export function WholeRecordPut<S>(options: WholeRecordOptions<S>): MethodDecorator {
  return applyDecorators(
    SetMetadata(WHOLE_RECORD, options),
    UseInterceptors(WholeRecordInterceptor),
    ApiBadRequestResponse({
      description:
        'Takes the whole record as GET returned it, or only the changed fields, with `version`. ' +
        'Read-only fields sent unchanged are ignored; changed ones: 400 READ_ONLY_FIELD naming them',
    }),
    ApiConflictResponse({ description: 'STALE_VERSION: `version` is not the current one' }),
  );
}

const writableCache = new WeakMap<object, Set<string>>();

/** The fields the route's `@Body()` DTO accepts (what the pipe's whitelist keeps). */
function writableFields(controller: Type, handler: string): Set<string> {
  const key = (controller.prototype as Record<string, object>)[handler];
  const cached = writableCache.get(key);
  if (cached) return cached;
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, handler) ?? []) as Type[];
  const body = Object.entries(args).find(
    ([k, arg]) => k.split(':')[0] === String(RouteParamtypes.BODY) && arg.data === undefined,
  );
  const dto = body ? types[body[1].index] : undefined;
  if (!dto) throw new Error(`${controller.name}.${handler}: @WholeRecordPut needs a @Body() DTO`);
  const fields = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((m) => m.propertyName),
  );
  writableCache.set(key, fields);
  return fields;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

@Injectable()
export class WholeRecordInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const options = this.reflector.get<WholeRecordOptions<unknown> | undefined>(
      WHOLE_RECORD,
      context.getHandler(),
    );
    const req = context.switchToHttp().getRequest<Request>();
    if (!options || !isPlainObject(req.body)) return next.handle();
    const body = req.body;
    const writable = writableFields(context.getClass(), context.getHandler().name);
    const reader = this.moduleRef.get(options.reader, { strict: false });
    const stored = (await options.read(reader, requestContext(req), String(req.params.id))) as Record<
      string,
      unknown
    >;
    // a version that cannot be one (beyond int32, below 1) is the pipe's 400, not a stale record
    const version = body.version;
    if (isVersion(version) && version !== stored.version) throw AppException.staleVersion();

    const has = (key: string) => Object.prototype.hasOwnProperty.call(stored, key);
    const kept: Record<string, unknown> = {};
    const changed: string[] = [];
    for (const [key, value] of Object.entries(body)) {
      if (key === 'version' || !has(key)) {
        // the version, a write-only field (a new password) or an unknown one, refused by the pipe
      } else if (writable.has(key)) {
        if (sameValue(stored[key], value)) continue;
      } else {
        if (!sameValue(stored[key], value) && !options.maintained?.includes(key)) changed.push(key);
        continue;
      }
      // defineProperty: a key `__proto__` stays a plain (unknown, refused) field
      Object.defineProperty(kept, key, { value, enumerable: true, writable: true, configurable: true });
    }
    if (changed.length > 0) {
      throw new AppException(
        400,
        'READ_ONLY_FIELD',
        `Read-only field${changed.length > 1 ? 's' : ''} cannot be changed: ${changed.join(', ')}`,
        changed.map((field) => ({ field, messages: ['is read-only'] })),
      );
    }
    req.body = kept;
    return next.handle();
  }
}

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import type { Request } from 'express';
import { resolveListSpec } from './entity-fields';
import { parseListQuery, type ListQuery, type ListSpec } from './list-query';

/** The parsed and checked `filter`/`sort`/`range` of a list request. */
export const ListParams = createParamDecorator((spec: ListSpec, ctx: ExecutionContext): ListQuery => {
  const req = ctx.switchToHttp().getRequest<Request & { listQuery?: ListQuery }>();
  // kept on the request for the audit of the read (AuditReadInterceptor: the filter's keys)
  req.listQuery = parseListQuery(req.query, spec);
  return req.listQuery;
});

/** OpenAPI description of the list parameters, naming the resource's fields. */
export function ApiListQuery(listSpec: ListSpec): MethodDecorator {
  const spec = resolveListSpec(listSpec);
  return applyDecorators(
    ApiQuery({
      name: 'filter',
      required: false,
      description: `JSON object; fields: id (one or an array), ${[...(spec.searchColumns ? ['q'] : []), ...Object.keys(spec.filterable)].join(', ')}`,
    }),
    ApiQuery({
      name: 'sort',
      required: false,
      description: `JSON ["field","ASC"|"DESC"], always followed by id; fields: ${Object.keys(spec.sortable).join(', ')}`,
    }),
    ApiQuery({ name: 'range', required: false, description: 'JSON [first, last], at most 500 records' }),
  );
}

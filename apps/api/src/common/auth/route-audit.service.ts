import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { AUTH_METADATA } from './authenticated.decorator';

/** Lists the routes (Controller.method) that carry neither `@Authenticated` nor `@Public`. */
export function findUnguardedRoutes(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): string[] {
  const missing: string[] = [];
  for (const wrapper of discovery.getControllers()) {
    const { instance, metatype } = wrapper;
    if (!instance || !metatype) continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
      if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue; // not a route
      const rule = reflector.getAllAndOverride(AUTH_METADATA, [handler, metatype]);
      if (!rule) missing.push(`${metatype.name}.${name}`);
    }
  }
  return missing;
}

/** Start-up check: no endpoint can be forgotten by the authorization policy. */
@Injectable()
export class RouteAuditService implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const missing = findUnguardedRoutes(this.discovery, this.scanner, this.reflector);
    if (missing.length > 0) {
      throw new Error(
        `Routes without @Authenticated(...) or @Public(): ${missing.join(', ')}. ` +
          'Every route must name its access rule.',
      );
    }
  }
}

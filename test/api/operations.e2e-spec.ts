import { Controller, Get, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { RouteAuditService } from '../../apps/api/src/common/auth/route-audit.service';
import { Authenticated, Public } from '../../apps/api/src/common/auth/authenticated.decorator';
import { loadConfig } from '../../apps/api/src/config/config';
import { ensureFirstAdmin, loadDemoData } from '../../apps/api/src/seed/seed';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-data';
import { startTestApp, type TestApp } from '../support/test-app';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:6379' });
  });
  afterAll(() => t.close());

  it('GET /api/health answers without a session', async () => {
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('GET /api/health/ready checks PostgreSQL and the configured Redis', async () => {
    const res = await t.http().get('/api/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.checks.database.status).toBe('up');
    expect(res.body.checks.redis.status).toBe('up');
  });

  it('keeps a sane X-Request-Id from the caller and makes one otherwise', async () => {
    const given = await t.http().get('/api/health').set('X-Request-Id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.http().get('/api/health').set('X-Request-Id', 'bad id with spaces');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI document that lists every route with its DTOs', async () => {
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/users',
        '/api/users/{id}',
        '/api/need-categories/{id}',
        '/api/health/ready',
      ]),
    );
    const schemas = Object.keys(res.body.components.schemas);
    expect(schemas).toEqual(
      expect.arrayContaining([
        'LoginDto',
        'CreateUserDto',
        'UpdateUserDto',
        'CreateOfficeDto',
        'CreateDistrictDto',
        'UpdateNeedCategoryDto',
      ]),
    );
    expect(res.body.components.schemas.CreateUserDto.required).toEqual(
      expect.arrayContaining(['email', 'role', 'password']),
    );
    const ui = await t.http().get('/api/docs/');
    expect(ui.status).toBe(200);
    expect(ui.text).toMatch(/swagger/i);
  });

  it('sets security headers (CSP, nosniff, no framing) and no-store on API answers', async () => {
    const res = await t.http().get('/api/health');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('loads the demo data once: a second run adds nothing', async () => {
    const first = await loadDemoData(t.dataSource);
    expect(first.map((l) => l.role).sort()).toEqual([
      'admin',
      'analyst',
      'counsellor',
      'counsellor',
      'provider',
      'team_lead',
    ]);
    const second = await loadDemoData(t.dataSource);
    expect(second).toEqual([]);
    const offices: { name: string }[] = await t.dataSource.query(`SELECT name FROM offices ORDER BY name`);
    expect(offices.map((o) => o.name)).toEqual(['Familienbüro Außenstelle Schlaatz', 'Familienbüro Potsdam']);
    const login = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: 'beratung@familienbuero.example', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.role).toBe('counsellor');
  });
});

describe('first admin from ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is created on an empty database only, and can sign in', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: t.config.databaseUrl,
      REDIS_URL: 'redis://127.0.0.1:6379',
      SESSION_SECRET: 'x'.repeat(40),
      ADMIN_EMAIL: 'Leitung@Stadt.example',
      ADMIN_PASSWORD: 'Start-Passwort-2026',
    });
    expect(config.loadDemoData).toBe(false);
    expect(await ensureFirstAdmin(t.dataSource, config)).toBe(true);
    expect(await ensureFirstAdmin(t.dataSource, config)).toBe(false);
    const login = await t
      .agent()
      .post('/api/auth/login')
      .send({ email: 'leitung@stadt.example', password: 'Start-Passwort-2026' });
    expect(login.status).toBe(200);
    expect(login.body.role).toBe('admin');
  });
});

describe('start-up check of access rules', () => {
  @Controller('forgotten')
  class ForgottenController {
    @Get()
    open(): string {
      return 'oops';
    }
  }
  @Controller('marked')
  class MarkedController {
    @Get('a')
    @Public()
    a(): string {
      return 'a';
    }
    @Get('b')
    @Authenticated({ action: 'district.read' })
    b(): string {
      return 'b';
    }
  }
  @Module({
    imports: [DiscoveryModule],
    controllers: [ForgottenController, MarkedController],
    providers: [RouteAuditService],
  })
  class BrokenModule {}
  @Module({ imports: [DiscoveryModule], controllers: [MarkedController], providers: [RouteAuditService] })
  class GoodModule {}

  it('refuses to start when a route has neither @Authenticated nor @Public', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [BrokenModule] }).compile();
    await expect(moduleRef.createNestApplication().init()).rejects.toThrow(/ForgottenController\.open/);
  });

  it('starts when every route names its rule', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [GoodModule] }).compile();
    const app = moduleRef.createNestApplication();
    await expect(app.init()).resolves.toBeDefined();
    await app.close();
  });
});

// The stack's floor (issue 19 point 2): the floor's handlers (bench/floor-handlers.mjs, exactly
// the SQL the API sends) inside the framework the API is built on — NestJS 11 on Express 5, the
// session in express-session (a store on the `sessions` table, rolling, as the API's), the user
// from passport's session strategy, a global guard, JSON bodies by Express's parser — and
// nothing of the API's own: no validation, no logging, no interceptors, no security headers.
// Between the floor and this server lies the price of the stack; between this server and the
// API, the price of what the API adds to it. `node bench/cpu.mjs --stack` measures all three.
//
// Environment: DATABASE_URL, PORT, SESSION_SECRET, SESSION_IDLE_MS (as the API's), POOL_MAX.
import 'reflect-metadata';
import { require } from './lib.mjs';

process.env.FLOOR_APP_NAME ??= 'lotsen-stack-floor';
const {
  COOKIE,
  IDLE_MS,
  SECRET,
  SESSION_SET_SQL,
  TOUCH_SQL,
  TOUCH_BEFORE_MS,
  USER_SQL,
  createContact,
  familyList,
  familyShow,
  followUps,
  loginRoute,
  pool,
  q,
} = await import('./floor-handlers.mjs');

const {
  Controller,
  Get,
  Post,
  Module,
  Req,
  Res,
  Body,
  Catch,
  HttpException,
  NotFoundException,
  UnauthorizedException,
} = require('@nestjs/common');
const { APP_GUARD, NestFactory } = require('@nestjs/core');
const express = require('express');
const session = require('express-session');
const passport = require('passport');

/** What TypeScript's decorators compile to (a method's decorators, then its parameters'). */
function route(cls, name, method, params) {
  const proto = cls.prototype;
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  const decorators = [method, ...params.map((p, i) => (target, key) => p(target, key, i))];
  Object.defineProperty(proto, name, Reflect.decorate(decorators, proto, name, desc) ?? desc);
}

/** The session store: the same statements as the API's PgSessionStore, on the floor's pool. */
class Store extends session.Store {
  get(sid, cb) {
    q(`SELECT data FROM sessions WHERE sid = $1 AND expires_at > now()`, [sid]).then(
      (rows) => cb(undefined, rows[0]?.data ?? null),
      cb,
    );
  }
  set(sid, data, cb) {
    q(SESSION_SET_SQL, [sid, data.passport?.user ?? null, JSON.stringify(data), IDLE_MS]).then(
      () => cb?.(),
      cb,
    );
  }
  touch(sid, _data, cb) {
    q(TOUCH_SQL, [sid, IDLE_MS, TOUCH_BEFORE_MS]).then(() => cb?.(), cb);
  }
  destroy(sid, cb) {
    q(`DELETE FROM sessions WHERE sid = $1`, [sid]).then(() => cb?.(), cb);
  }
}

const auth = new passport.Passport();
auth.serializeUser((user, done) => done(null, user.id));
auth.deserializeUser((id, done) => {
  q(USER_SQL, [id]).then((rows) => {
    const u = rows[0];
    done(
      null,
      u
        ? { id: u.id, email: u.email, role: u.role, officeId: u.office_id, providerId: u.provider_id }
        : false,
    );
  }, done);
});

/** The handler's answer as Nest sends it: status and headers on the response, the body returned. */
function answer(res, [status, body, headers = {}]) {
  if (status === 404) throw new NotFoundException(body);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return body;
}
const ipOf = (req) => req.ip;
const urlOf = (req) => new URL(req.originalUrl, 'http://stack-floor');

class FamiliesController {
  async list(req, res) {
    return answer(res, await familyList(req.user, ipOf(req), urlOf(req)));
  }
  async show(req, res) {
    return answer(res, await familyShow(req.user, ipOf(req), req.params.id));
  }
}
route(FamiliesController, 'list', Get(), [Req(), Res({ passthrough: true })]);
route(FamiliesController, 'show', Get(':id'), [Req(), Res({ passthrough: true })]);
Controller('families')(FamiliesController);

class FollowUpsController {
  async list(req, res) {
    return answer(res, await followUps(req.user, ipOf(req), urlOf(req)));
  }
}
route(FollowUpsController, 'list', Get(), [Req(), Res({ passthrough: true })]);
Controller('follow-ups')(FollowUpsController);

class ContactsController {
  async create(req, res, body) {
    return answer(res, await createContact(req.user, ipOf(req), body));
  }
}
route(ContactsController, 'create', Post(), [Req(), Res({ passthrough: true }), Body()]);
Controller('contacts')(ContactsController);

/** A global guard, as every Nest app with sign-in has one: no user, no route. */
class SignedIn {
  canActivate(context) {
    if (!context.switchToHttp().getRequest().user) throw new UnauthorizedException();
    return true;
  }
}

/** Errors as the floor answers them. */
class Errors {
  catch(err, host) {
    const res = host.switchToHttp().getResponse();
    const status = err instanceof HttpException ? err.getStatus() : 500;
    if (status === 500) console.error(err);
    res.status(status).json({
      statusCode: status,
      code: status === 404 ? 'NOT_FOUND' : 'ERROR',
      message: String(err.message),
    });
  }
}
Catch()(Errors);

class StackFloorModule {}
Module({
  controllers: [FamiliesController, FollowUpsController, ContactsController],
  providers: [{ provide: APP_GUARD, useClass: SignedIn }],
})(StackFloorModule);

const app = await NestFactory.create(StackFloorModule, { bodyParser: false, logger: ['error'] });
app.setGlobalPrefix('api');
app.set('trust proxy', 1);
// sign-in outside Nest, as the floor does it (the scenarios only need a session)
app.use('/api/auth/login', express.json(), (req, res, next) =>
  req.method === 'POST' ? loginRoute(req, res, req.body).catch(next) : next(),
);
app.use('/api', express.json());
app.use(
  '/api',
  session({
    name: COOKIE,
    secret: SECRET,
    store: new Store(),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    unset: 'destroy',
    cookie: { httpOnly: true, sameSite: 'lax', secure: true, maxAge: IDLE_MS, path: '/' },
  }),
);
app.use('/api', auth.initialize());
app.use('/api', auth.session());
app.useGlobalFilters(new Errors());
await app.listen(Number(process.env.PORT ?? 3903), '127.0.0.1');
console.log(`stack floor ready on ${process.env.PORT ?? 3903}`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    app.close().finally(() => pool.end().finally(() => process.exit(0)));
  });
}

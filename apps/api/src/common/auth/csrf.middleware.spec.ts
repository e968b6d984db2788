import type { NextFunction, Request, Response } from 'express';
import { csrfMiddleware } from './csrf.middleware';

function run(method: string, headers: Record<string, string>, protocol = 'http'): number | 'next' {
  const req = { method, protocol, get: (name: string) => headers[name.toLowerCase()] } as unknown as Request;
  let status: number | 'next' = 'next';
  const res = { status: (s: number) => ({ json: () => (status = s) }) } as unknown as Response;
  csrfMiddleware(req, res, (() => undefined) as NextFunction);
  return status;
}

describe('CSRF rule', () => {
  it('lets reads through', () => {
    expect(run('GET', {})).toBe('next');
  });

  it('lets writes through with X-Requested-With or a same-origin Origin', () => {
    expect(run('POST', { 'x-requested-with': 'XMLHttpRequest' })).toBe('next');
    expect(run('PUT', { host: 'lotsen.potsdam.de', origin: 'http://lotsen.potsdam.de' })).toBe('next');
    expect(run('POST', { host: 'lotsen.potsdam.de', origin: 'https://lotsen.potsdam.de' }, 'https')).toBe(
      'next',
    );
  });

  it('refuses writes without either, from a foreign origin, or across schemes', () => {
    expect(run('POST', {})).toBe(403);
    expect(
      run('DELETE', {
        host: 'lotsen.potsdam.de',
        origin: 'https://evil.example',
        'x-requested-with': 'XMLHttpRequest',
      }),
    ).toBe(403);
    expect(run('POST', { host: 'lotsen.potsdam.de', origin: 'http://lotsen.potsdam.de' }, 'https')).toBe(403);
    expect(run('POST', { origin: 'null' })).toBe(403);
  });
});

import { pathOf, requestLogProps, requestLogSerializers } from './request-log';

describe('the request log line', () => {
  it('keeps the id, method and path, and drops the query text, headers and address', () => {
    const entry = requestLogSerializers.req({
      id: 'req-1',
      method: 'GET',
      url: '/api/families?filter=%7B%22q%22%3A%22Schmidt%22%7D&range=%5B0%2C24%5D',
      headers: { cookie: 'lotsen.sid=s%3Asecret', 'x-forwarded-for': '203.0.113.9' },
      remoteAddress: '203.0.113.9',
    } as never);
    expect(entry).toEqual({ id: 'req-1', method: 'GET', url: '/api/families' });
    expect(JSON.stringify(entry)).not.toMatch(/Schmidt|secret|203\.0\.113/);
  });

  it('keeps only the status of the response', () => {
    const res = { statusCode: 201, getHeaders: () => ({ 'set-cookie': 'x' }) };
    expect(requestLogSerializers.res(res as never)).toEqual({ statusCode: 201 });
  });

  it('names the signed-in user by id', () => {
    expect(requestLogProps({ user: { id: 'u-1', email: 'a@b.example' } } as never)).toEqual({
      userId: 'u-1',
    });
    expect(requestLogProps({} as never)).toEqual({ userId: undefined });
  });

  it('cuts the query off a URL', () => {
    expect(pathOf('/api/x?a=1?b')).toBe('/api/x');
    expect(pathOf('/api/x')).toBe('/api/x');
  });
});

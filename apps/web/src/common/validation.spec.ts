import { withinDateLimits } from './validation';

describe('the date limits of the API in the forms', () => {
  it('takes days and times from 1900 to 2100 and empty values, and names the limits otherwise', () => {
    const check = (v: unknown) => withinDateLimits(v, {}, {} as never);
    for (const ok of ['', null, undefined, '1900-01-01', '2100-12-31', '2026-05-01T10:00:00.000Z'])
      expect([ok, check(ok)]).toEqual([ok, undefined]);
    for (const bad of ['0001-01-01', '9999-12-31', '1899-12-31T23:00:00.000Z', '2101-01-01T00:00:00Z'])
      expect([bad, check(bad)]).toEqual([
        bad,
        { message: 'lotsen.validation.dateRange', args: { min: '1900', max: '2100' } },
      ]);
  });
});

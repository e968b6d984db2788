import { formatDryRun } from './retention-dry-run';

describe('retention dry run output', () => {
  const cutoff = new Date('2024-11-28T00:00:00Z');

  it('says so when no family is due', () => {
    expect(formatDryRun(24, cutoff, [])).toBe(
      'Löschfrist: 24 Monate ohne Aktivität (letzte Aktivität vor 2024-11-28T00:00:00.000Z)\nKeine Familie wäre betroffen.',
    );
  });

  it('lists each due family with what would be erased and what stays, without names', () => {
    const out = formatDryRun(24, cutoff, [
      {
        id: '6f1c0a52-0000-4000-8000-000000000001',
        office: 'Familienbüro Mitte',
        lastActivityAt: '2024-01-15T10:00:00.000Z',
        persons: 3,
        consents: 1,
        contacts: 4,
        needs: 6,
      },
    ]);
    expect(out.split('\n')).toEqual([
      'Löschfrist: 24 Monate ohne Aktivität (letzte Aktivität vor 2024-11-28T00:00:00.000Z)',
      '1 Familie würde anonymisiert (Trockenlauf, nichts wurde geändert):',
      '  6f1c0a52-0000-4000-8000-000000000001  Familienbüro Mitte  letzte Aktivität 2024-01-15  gelöscht: 3 Mitglieder, 1 Einwilligungen, Notizen aus 4 Kontakten; bleiben anonym: 4 Kontakte, 6 Bedarfe',
    ]);
  });
});

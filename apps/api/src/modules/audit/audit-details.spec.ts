import { listAuditDetails } from './audit-details';

describe('listAuditDetails (what the audit trail keeps of a list filter)', () => {
  it('keeps the keys of every filter but no free-text value', () => {
    expect(listAuditDetails({ q: 'Mustermann 0331 123456', email: 'max@example.org' })).toEqual({
      filterKeys: ['email', 'q'],
    });
  });

  it('keeps record ids and yes/no flags, which name no person', () => {
    const familyId = '6f1c2b1e-8d2a-4c1e-9f3a-2b1c0d9e8f7a';
    expect(listAuditDetails({ familyId, overdue: true, status: 'open', q: 'Meyer' })).toEqual({
      filterKeys: ['familyId', 'overdue', 'q', 'status'],
      filter: { familyId, overdue: true },
    });
  });

  it('reduces lists (getMany) to their key and records nothing for an unfiltered list', () => {
    expect(listAuditDetails({ id: ['6f1c2b1e-8d2a-4c1e-9f3a-2b1c0d9e8f7a'] })).toEqual({
      filterKeys: ['id'],
    });
    expect(listAuditDetails({})).toBeNull();
  });
});

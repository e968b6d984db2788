import type { AuthUser } from '../../common/auth/auth-user';
import type { Contact } from './contact.entity';
import { presentContact } from './contacts.service';

const user = (id: string, role: AuthUser['role'] = 'counsellor'): AuthUser => ({
  id,
  role,
  email: `${id}@test.example`,
  displayName: id,
  mustChangePassword: false,
  officeId: 'office',
  providerId: null,
});

const contact = (extra: Partial<Contact>): Contact =>
  ({
    id: 'c1',
    counsellorId: 'anna',
    familyId: 'f1',
    notes: 'Anvertraut',
    confidential: false,
    ...extra,
  }) as Contact;

describe('presentContact (SGB VIII §65)', () => {
  it('shows the notes of a confidential contact to its author only', () => {
    const secret = contact({ confidential: true });
    expect(presentContact(secret, user('anna')).notes).toBe('Anvertraut');
    expect(presentContact(secret, user('ben')).notes).toBeNull();
    expect(presentContact(secret, user('lead', 'team_lead')).notes).toBeNull();
    expect(presentContact(secret, user('ben')).confidential).toBe(true);
  });

  it('leaves ordinary contacts as they are and never changes the stored object', () => {
    const open = contact({});
    expect(presentContact(open, user('ben')).notes).toBe('Anvertraut');
    const secret = contact({ confidential: true });
    presentContact(secret, user('ben'));
    expect(secret.notes).toBe('Anvertraut');
  });
});

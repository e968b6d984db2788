import { isInternalLink } from './notification-link';

describe('isInternalLink (notification links are routes of the staff app)', () => {
  it('takes the routes notifications use', () => {
    for (const link of [
      '#/families',
      '#/families/6f1c2b1e-8d2a-4c1e-9f3a-2b1c0d9e8f7a/show',
      '#/families/6f1c2b1e-8d2a-4c1e-9f3a-2b1c0d9e8f7a/show/referrals',
      '#/contacts/6f1c2b1e-8d2a-4c1e-9f3a-2b1c0d9e8f7a/show',
      '#/my-follow-ups',
      '#/reports',
    ])
      expect(isInternalLink(link)).toBe(true);
  });

  it('refuses external addresses, protocols, queries, other apps and anything odd', () => {
    for (const link of [
      'https://evil.example/login',
      '//evil.example',
      '#//evil.example',
      'javascript:alert(1)',
      '#/families?x=<script>',
      '#/../../admin',
      '/families',
      '#/',
      '',
      null,
      42,
      `#/${'a'.repeat(300)}`,
    ])
      expect(isInternalLink(link)).toBe(false);
  });
});

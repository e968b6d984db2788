import { isSearchShortcut } from './searchShortcut';

const key = (over: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({
  key: '/',
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  targetTag: 'BODY',
  targetEditable: false,
  ...over,
});

describe('the "/" shortcut to the family search', () => {
  it('jumps from the page, a button or a row', () => {
    expect(isSearchShortcut(key())).toBe(true);
    expect(isSearchShortcut(key({ targetTag: 'BUTTON' }))).toBe(true);
    expect(isSearchShortcut(key({ targetTag: 'tr' }))).toBe(true);
  });

  it('types a "/" into a field, and leaves other keys and modifiers alone', () => {
    for (const targetTag of ['INPUT', 'TEXTAREA', 'SELECT', 'input'])
      expect(isSearchShortcut(key({ targetTag }))).toBe(false);
    expect(isSearchShortcut(key({ targetEditable: true }))).toBe(false);
    expect(isSearchShortcut(key({ key: '7' }))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ altKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ metaKey: true }))).toBe(false);
  });
});

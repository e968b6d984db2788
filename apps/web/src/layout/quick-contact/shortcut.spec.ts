import { enterSaves, isQuickContactShortcut } from './shortcut';

const keys = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };

describe('quick contact keys', () => {
  it('opens on Alt+K by key position, whatever the layout prints', () => {
    expect(isQuickContactShortcut({ ...keys, altKey: true, code: 'KeyK' })).toBe(true);
    expect(isQuickContactShortcut({ ...keys, code: 'KeyK' })).toBe(false);
    expect(isQuickContactShortcut({ ...keys, altKey: true, ctrlKey: true, code: 'KeyK' })).toBe(false);
    expect(isQuickContactShortcut({ ...keys, altKey: true, code: 'KeyJ' })).toBe(false);
  });

  it('saves on Enter unless a field or a button took it', () => {
    const enter = { ...keys, key: 'Enter', defaultPrevented: false, targetTag: 'INPUT' };
    expect(enterSaves(enter)).toBe(true);
    expect(enterSaves({ ...enter, defaultPrevented: true })).toBe(false);
    expect(enterSaves({ ...enter, targetTag: 'BUTTON' })).toBe(false);
    expect(enterSaves({ ...enter, targetTag: 'textarea' })).toBe(false);
    expect(enterSaves({ ...enter, shiftKey: true })).toBe(false);
    expect(enterSaves({ ...enter, key: 'a' })).toBe(false);
    expect(enterSaves({ ...enter, isComposing: true })).toBe(false);
  });
});

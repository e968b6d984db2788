/** The keyboard shortcut of the "Schnellerfassung": Alt+K, by key position (any keyboard layout). */
export const QUICK_CONTACT_SHORTCUT = 'Alt+K';

type KeyInfo = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>;

export function isQuickContactShortcut(event: KeyInfo): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === 'KeyK';
}

/** At most this many need categories in one quick contact ("saved with at most 3 choices"). */
export const QUICK_CONTACT_MAX_NEEDS = 3;

/**
 * Whether Enter pressed in the quick-contact form saves it: not when a field took the key
 * (an autocomplete choosing its highlighted option), not on a button (Enter clicks it), not in
 * a multi-line field, and not with a modifier.
 */
export function enterSaves(event: {
  key: string;
  defaultPrevented: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  isComposing?: boolean;
  targetTag: string;
}): boolean {
  if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return false;
  if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return false;
  const tag = event.targetTag.toUpperCase();
  return tag !== 'BUTTON' && tag !== 'TEXTAREA' && tag !== 'A';
}

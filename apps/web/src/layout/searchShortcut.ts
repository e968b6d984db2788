/** Whether `/` pressed now should jump to the family search: not while typing into a field. */
export function isSearchShortcut(event: {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  targetTag: string;
  targetEditable: boolean;
}): boolean {
  if (event.key !== '/' || event.ctrlKey || event.altKey || event.metaKey) return false;
  const tag = event.targetTag.toUpperCase();
  return !event.targetEditable && tag !== 'INPUT' && tag !== 'TEXTAREA' && tag !== 'SELECT';
}

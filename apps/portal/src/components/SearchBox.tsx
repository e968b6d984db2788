import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/** The strings the search box needs (a part of the page's messages, sent to the island). */
export interface SearchBoxStrings {
  label: string;
  hint: string;
  submit: string;
  suggestions: string;
  suggestionsCount: string;
  suggestionsNone: string;
  kindOffer: string;
  kindService: string;
  kindLifeSituation: string;
}

export interface SearchBoxProps {
  /** The search page's address (the form's action). */
  action: string;
  /** Where the suggestions come from (the portal's own route, never a third party). */
  suggestUrl: string;
  q: string;
  strings: SearchBoxStrings;
  /** The form's id: filter fields outside the island join it with their `form` attribute. */
  formId: string;
}

interface Item {
  kind: 'offer' | 'service' | 'life_situation';
  title: string;
  href: string;
}

/**
 * The one search field. Without JavaScript a plain GET form; hydrated, an accessible combobox
 * (WAI-ARIA APG "list autocomplete"): from two letters on, suggestions in a listbox, arrow keys
 * move, Enter opens the chosen one, Escape closes; a live region says how many there are.
 */
export function SearchBox({ action, suggestUrl, q, strings, formId }: SearchBoxProps) {
  // ids from the form's id, not useId: the island is hydrated apart from the page's tree
  const id = formId;
  const inputId = `${id}-q`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [value, setValue] = useState(q);
  const [items, setItems] = useState<Item[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState('');
  const request = useRef(0);

  useEffect(() => {
    const query = value.trim();
    if (query.length < 2 || query === q.trim()) {
      setItems([]);
      setOpen(false);
      return;
    }
    const mine = ++request.current;
    const timer = setTimeout(() => {
      fetch(`${suggestUrl}?q=${encodeURIComponent(query)}`, { headers: { accept: 'application/json' } })
        .then((res) => (res.ok ? (res.json() as Promise<{ items: Item[] }>) : { items: [] }))
        .then((body) => {
          if (mine !== request.current) return;
          setItems(body.items);
          setOpen(true);
          setActive(-1);
          setStatus(
            body.items.length > 0
              ? strings.suggestionsCount.replace('{n}', String(body.items.length))
              : strings.suggestionsNone,
          );
        })
        .catch(() => undefined);
    }, 200);
    return () => clearTimeout(timer);
  }, [value, q, suggestUrl, strings]);

  const kindLabel = (kind: Item['kind']) =>
    kind === 'offer'
      ? strings.kindOffer
      : kind === 'service'
        ? strings.kindService
        : strings.kindLifeSituation;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % items.length);
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? items.length - 1 : a - 1));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && open && active >= 0 && items[active]) {
      event.preventDefault();
      window.location.assign(items[active].href);
    }
  };

  const expanded = open && items.length > 0;
  return (
    <form className="portal-search" id={formId} action={action} method="get" role="search">
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={inputId}>
          {strings.label}
        </label>
        <div className="kern-hint" id={hintId}>
          {strings.hint}
        </div>
        <div className="portal-search__row">
          <div className="portal-combobox">
            <input
              className="kern-form-input__input"
              id={inputId}
              name="q"
              type="search"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={onKeyDown}
              onBlur={() => setTimeout(() => setOpen(false), 150)}
              autoComplete="off"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={expanded}
              aria-controls={listId}
              aria-describedby={hintId}
              aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            />
            <ul
              className="portal-combobox__list"
              id={listId}
              role="listbox"
              aria-label={strings.suggestions}
              hidden={!expanded}
            >
              {items.map((item, i) => (
                <li
                  key={`${item.href}-${i}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className="portal-combobox__option"
                  onMouseDown={(e) => {
                    e.preventDefault();
                    window.location.assign(item.href);
                  }}
                >
                  <span>{item.title}</span>{' '}
                  <span className="portal-combobox__kind">{kindLabel(item.kind)}</span>
                </li>
              ))}
            </ul>
          </div>
          <button className="kern-btn kern-btn--primary" type="submit">
            <span className="kern-label">{strings.submit}</span>
          </button>
        </div>
        <div className="kern-sr-only" role="status" aria-live="polite">
          {status}
        </div>
      </div>
    </form>
  );
}

import { hydrateRoot } from 'react-dom/client';
import { CallbackForm, type CallbackFormProps } from '../components/CallbackForm';
import { SearchBox, type SearchBoxProps } from '../components/SearchBox';

/**
 * The portal's only JavaScript: it hydrates the islands the server marked (`data-island`) with
 * the props it sent as JSON. Everything else on a page is plain HTML and works without it.
 */
const data = document.getElementById('portal-islands');
const props = data ? (JSON.parse(data.textContent ?? '{}') as Record<string, unknown>) : {};

for (const element of document.querySelectorAll<HTMLElement>('[data-island]')) {
  const name = element.dataset.island;
  if (name === 'search' && props.search) {
    hydrateRoot(element, <SearchBox {...(props.search as SearchBoxProps)} />);
  } else if (name === 'callback' && props.callback) {
    hydrateRoot(element, <CallbackForm {...(props.callback as CallbackFormProps)} />);
  }
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing in index.html');

// the installable app's service worker (issue 22): production builds only, never the dev server
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('workbox-window').then(({ Workbox }) => new Workbox('/sw.js').register());
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

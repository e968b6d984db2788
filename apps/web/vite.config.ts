import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Vendor chunks: stable, long-cached files that change only when a dependency changes. */
const VENDOR_GROUPS: { name: string; test: RegExp; priority: number }[] = [
  {
    name: 'vendor-react',
    test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
    priority: 40,
  },
  {
    // MUI X Charts and what it draws with: only the lazily loaded trends page needs them
    // (issue 20.4), so they stay out of the chunks loaded before the login form (issue 19.5)
    name: 'vendor-charts',
    test: /[\\/]node_modules[\\/](@mui[\\/]x-charts|@mui[\\/]x-charts-vendor|@mui[\\/]x-internals|@mui[\\/]x-internal-gestures|@base-ui[\\/]utils|d3-[^\\/]+|internmap|delaunator|robust-predicates|flatqueue|bezier-easing)[\\/]/,
    // below vendor-mui: the small packages both use (clsx, prop-types …) stay in vendor-mui
    priority: 25,
  },
  {
    name: 'vendor-mui',
    test: /[\\/]node_modules[\\/](@mui[\\/](?!x-)[^\\/]+|@emotion|@popperjs|react-transition-group|stylis)[\\/]/,
    priority: 30,
  },
  {
    name: 'vendor-react-admin',
    test: /[\\/]node_modules[\\/](react-admin|ra-core|ra-ui-materialui|ra-data-simple-rest|ra-i18n-polyglot|node-polyglot|react-hook-form|@tanstack|lodash|query-string|inflection|jsonexport|react-dropzone|react-error-boundary|date-fns|dompurify)[\\/]/,
    priority: 20,
  },
  {
    // The shared rules (libs/domain): the login screen needs a little of them (issue 19.5), so
    // they must not share a chunk with anything that imports react-admin.
    name: 'app-shared',
    test: /[\\/]libs[\\/]domain[\\/]/,
    priority: 10,
  },
  {
    // Our small shared components (they use react-admin): one chunk instead of several tiny ones.
    name: 'app-common',
    test: /[\\/]apps[\\/]web[\\/]src[\\/]common[\\/]/,
    priority: 10,
  },
];

/** The blue of the theme (layout/theme.ts) and of the icons (scripts/make-icons.mjs). */
const THEME_COLOUR = '#1565c0';

/**
 * The installable app (issue 22, docs/offline-outreach.md): the manifest, and a service worker
 * (Workbox) that precaches the app shell and keeps the reference data (need categories,
 * Sozialräume) for the offline capture. Nothing else of /api is cached; /api and the portal are
 * never answered with index.html. main.tsx registers it in production builds only.
 */
const pwa = VitePWA({
  injectRegister: false,
  registerType: 'autoUpdate',
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['favicon.ico', 'favicon.svg', 'apple-touch-icon.png'],
  manifest: {
    id: '/',
    name: 'Lotsen CRM – Familienbüro Potsdam',
    short_name: 'Lotsen',
    description: 'Fall- und Vermittlungssystem des Familienbüros Potsdam, auch unterwegs ohne Netz',
    lang: 'de',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    theme_color: THEME_COLOUR,
    background_color: '#ffffff',
    icons: [
      { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/pwa-maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,woff2}'],
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/familienportal(\/|$)/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: /\/api\/(need-categories|districts)(\?[^/]*)?$/,
        method: 'GET',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'lotsen-referenzdaten',
          networkTimeoutSeconds: 3,
          expiration: { maxEntries: 20, maxAgeSeconds: 30 * 24 * 3600 },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
});

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), pwa],
  resolve: {
    alias: {
      '@lotsen/domain': fromRoot('../../libs/domain/src/index.ts'),
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: 'http://localhost:3000' },
    },
  },
  build: {
    outDir: fromRoot('../../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: VENDOR_GROUPS,
        },
      },
    },
  },
});

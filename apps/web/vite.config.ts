import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
    name: 'vendor-mui',
    test: /[\\/]node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/,
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

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
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

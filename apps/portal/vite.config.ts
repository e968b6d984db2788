import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { portalStyles } from './build/styles-plugin';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Two builds from one config: the client (`vite build`: the islands' script, the styles, the
 * fonts → dist/portal/client) and the server (`vite build --ssr` → dist/portal/server, CommonJS
 * so that `npm start` and the jest journeys can require it; react and react-dom stay in
 * node_modules).
 */
export default defineConfig(({ isSsrBuild }): UserConfig => ({
  root: portalRoot,
  base: './',
  plugins: [react(), portalStyles(fromRoot('src/styles/portal.scss'))],
  resolve: {
    alias: {
      '@lotsen/domain': fromRoot('../../libs/domain/src/index.ts'),
    },
  },
  build: isSsrBuild
    ? {
        outDir: fromRoot('../../dist/portal/server'),
        emptyOutDir: true,
        ssr: true,
        sourcemap: false,
        target: 'node20',
        rolldownOptions: {
          input: { portal: fromRoot('src/server/index.ts'), main: fromRoot('src/server/main.ts') },
          output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' },
        },
      }
    : {
        outDir: fromRoot('../../dist/portal/client'),
        emptyOutDir: true,
        sourcemap: false,
        assetsDir: 'assets',
        modulePreload: false,
        rolldownOptions: {
          input: { client: fromRoot('src/client/main.tsx') },
        },
      },
}));

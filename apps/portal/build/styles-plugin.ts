import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import rtlcss from 'rtlcss';
import * as sass from 'sass';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** The three Fira Sans weights KERN's tokens use (400, 500, 600), copied from the package. */
export const FONTS = ['FiraSans-Regular.woff2', 'FiraSans-Medium.woff2', 'FiraSans-SemiBold.woff2'];

function hashed(name: string, ext: string, content: string | Uint8Array): string {
  return `assets/${name}-${createHash('sha256').update(content).digest('base64url').slice(0, 10)}.${ext}`;
}

/**
 * Styles of the client build: `src/styles/portal.scss` compiled with sass from KERN's SCSS
 * sources, a mirrored copy for Arabic made by rtlcss, the fonts copied from @kern-ux/native,
 * and `portal-assets.json` naming the files (with the client entry's script) for the server.
 */
export function portalStyles(stylesEntry: string): Plugin {
  const kernRoot = dirname(require.resolve('@kern-ux/native/package.json'));
  return {
    name: 'lotsen-portal-styles',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment?.config.build.ssr) return;
      const { css } = sass.compile(stylesEntry, {
        loadPaths: [join(kernRoot, 'src', 'scss')],
        style: 'compressed',
        silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'],
        logger: sass.Logger.silent,
      });
      const rtl = rtlcss.process(css);
      const cssFile = hashed('portal', 'css', css);
      const cssRtlFile = hashed('portal-rtl', 'css', rtl);
      this.emitFile({ type: 'asset', fileName: cssFile, source: css });
      this.emitFile({ type: 'asset', fileName: cssRtlFile, source: rtl });
      for (const font of FONTS) {
        const source = readFileSync(join(kernRoot, 'dist', 'fonts', 'fira-sans', font));
        this.emitFile({ type: 'asset', fileName: `assets/fonts/${font}`, source });
      }
      const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
      this.emitFile({
        type: 'asset',
        fileName: 'portal-assets.json',
        source: `${JSON.stringify({ css: cssFile, cssRtl: cssRtlFile, js: entry ? entry.fileName : null }, null, 2)}\n`,
      });
    },
  };
}

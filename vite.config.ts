// Vite: React, plus two build-only plugins (a Content-Security-Policy and the service worker's
// stamp), and library chunks of their own.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The production page's Content-Security-Policy, as a meta tag added to index.html at build time
// only: the dev server injects inline scripts for hot reload, which this policy would refuse.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  // motion animates through inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'kafkascope:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
// Stamps dist/sw.js (copied from public/sw.js) with the build's version and the list of files to
// precache, so a new build installs a new cache and the old one is dropped.
const MARKER = /\/\* @build \*\/ \{[^\n]*\};/;
const SW_FILE = 'sw.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

export function serviceWorkerBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'kafkascope:service-worker-build',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const swPath = join(outDir, SW_FILE);
      const names = filesUnder(outDir)
        .map((file) => relative(outDir, file).split(sep).join('/'))
        .filter((name) => name !== SW_FILE && name !== 'index.html')
        .sort();
      const hash = createHash('sha256');
      for (const name of [...names, 'index.html']) hash.update(name).update(readFileSync(join(outDir, name)));
      // The page itself is cached under the scope's URL ('./'), which is what a navigation asks for.
      const build = { version: hash.digest('hex').slice(0, 12), files: ['./', ...names.map((n) => `./${n}`)] };
      const source = readFileSync(swPath, 'utf8');
      if (!MARKER.test(source)) throw new Error(`${SW_FILE} has no /* @build */ marker to stamp`);
      writeFileSync(swPath, source.replace(MARKER, `/* @build */ ${JSON.stringify(build)};`));
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorkerBuild()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app, so a new build
        // leaves them cached. Each library alone, so one needed only after a click (zod, for
        // "Import scenario") is never pulled into the first load with one needed at once.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'motion', test: /node_modules[\\/](motion|motion-dom|motion-utils|framer-motion)[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
});

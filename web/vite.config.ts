// Builds the web app into dist/web (served by the API server) and prints the initial JavaScript, gzipped,
// against its budget: the entry chunk and every chunk it imports statically, what a first visit downloads.
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const INITIAL_JS_BUDGET_KB = 250;

function initialJavaScriptBudget(): Plugin {
  return {
    name: 'ladder-initial-js-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
      if (entry?.type !== 'chunk') return;
      const seen = new Set<string>();
      const visit = (fileName: string) => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
      };
      visit(entry.fileName);
      let gzipped = 0;
      for (const fileName of seen) {
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') gzipped += gzipSync(chunk.code, { level: 9 }).length;
      }
      const kb = gzipped / 1024;
      const line = `initial JavaScript: ${kb.toFixed(1)} KB gzipped in ${seen.size} file(s) (budget ${INITIAL_JS_BUDGET_KB} KB)`;
      if (kb > INITIAL_JS_BUDGET_KB) this.error(line);
      this.info(line);
      console.log(line);
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), initialJavaScriptBudget()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000' },
  },
});

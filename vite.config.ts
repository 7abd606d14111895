import { fileURLToPath } from 'node:url';
import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  resolve: {
    // The React tree translates with the lite i18next subset (app/i18n/react.tsx), on the server and
    // in the browser alike: i18next itself would be an eighth of every page's first-load JavaScript.
    alias: [
      {
        find: /^react-i18next$/,
        replacement: fileURLToPath(new URL('./app/i18n/react.tsx', import.meta.url)),
      },
    ],
  },
  // The Storefront API answers CORS itself (graphql-yoga); Vite's own CORS middleware in dev would
  // add a second Access-Control-Allow-Origin, which browsers reject.
  server: { cors: false },
  build: {
    // Client assets are served with long-lived immutable caching by server.ts.
    assetsInlineLimit: 0,
    // Rolldown's timing advice names React Router's own virtual-module plugin whenever the machine
    // is busy; it is advice for plugin authors, not something a store's build can act on.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  ssr: {
    // PGlite ships WASM next to its JS; keep it external so the files resolve at runtime.
    external: ['@electric-sql/pglite', 'postgres', 'sharp'],
  },
});

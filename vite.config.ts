import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
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

import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [reactRouter()],
  build: {
    // Client assets are served with long-lived immutable caching by server.ts.
    assetsInlineLimit: 0,
  },
  ssr: {
    // PGlite ships WASM next to its JS; keep it external so the files resolve at runtime.
    external: ['@electric-sql/pglite', 'postgres', 'sharp'],
  },
});

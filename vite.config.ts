import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the built site works from any folder of any static host.
  base: './',
  build: {
    rollupOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html') },
    },
  },
});

/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * Libraries the first render needs, in their own chunks: they download in parallel with the app's chunk
 * (Vite adds modulepreload links) and stay cached across app releases, which change only the app chunk.
 */
const VENDOR_CHUNKS = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
  // MSW (the product's network layer) and, recursively, its dependencies: its cookie store is tough-cookie +
  // tldts (the public suffix list, ~265 kB of this chunk).
  { name: 'msw', test: /node_modules[\\/](msw|@mswjs)[\\/]/ },
]

// https://vite.dev/config/
export default defineConfig({
  plugins: [react()],
  build: {
    chunkSizeWarningLimit: 3000,
    rolldownOptions: { output: { codeSplitting: { groups: VENDOR_CHUNKS } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
})

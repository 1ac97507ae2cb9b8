import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const engineRule = {
  'no-restricted-imports': ['error', {
    patterns: [
      {
        group: ['react', 'react-*', 'react/*', 'msw', 'msw/*', 'zustand', 'zustand/*', 'd3', 'd3-*', '@tanstack/*', '**/ui/**', '**/wire/**'],
        message: 'src/engine must stay pure TypeScript and independent of UI, HTTP and rendering libraries (see STYLE.md §2 Boundaries).',
      },
    ],
  }],
  'no-restricted-globals': ['error',
    { name: 'Date', message: 'The engine never reads wall-clock time: use sim.clock.now() (STYLE.md §2).' },
    { name: 'setTimeout', message: 'Schedule through the virtual clock (STYLE.md §2).' },
    { name: 'setInterval', message: 'Schedule through the virtual clock (STYLE.md §2).' },
  ],
  'no-restricted-properties': ['error',
    { object: 'Math', property: 'random', message: 'Use the seeded random generator (sim.random), never Math.random (STYLE.md §2).' },
    { object: 'Date', property: 'now', message: 'The engine never reads wall-clock time (STYLE.md §2).' },
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['src/engine/**/*.ts', 'src/quiz/**/*.ts'], ignores: ['**/*.test.ts'], rules: engineRule },
)

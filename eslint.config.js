// ESLint 9 flat config: typescript-eslint (syntax-only rules, so a lint run stays fast on two cores;
// `tsc` is the type check), React hooks and jsx-a11y for the React surfaces. Formatting is Prettier's job.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'build/',
      '.react-router/',
      '.data/',
      'public/',
      'test-results/',
      'playwright-report/',
      'tests/e2e/.output/',
      '.stryker-tmp/',
      'reports/',
      'app/storefront-api/generated/',
      '**/*.generated.ts',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed bindings are deliberately unused (destructuring to omit a key, positional args).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Hooks live in components and in app/ modules such as storefront/use-layout.ts.
    files: ['app/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
);

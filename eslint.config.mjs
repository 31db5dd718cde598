import nextPlugin from '@next/eslint-plugin-next';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The habits every React/Next codebase keeps: typescript-eslint's recommended rules, Next's
 * (core web vitals) and the rules of hooks. `npm run lint` allows no warning.
 */
export default defineConfig(
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'neo4j/lib/**', 'neo4j/target/**', 'test-artifacts/**', 'coverage/**', 'next-env.d.ts', 'src/client/graphql-env.d.ts']),
  tseslint.configs.recommended,
  nextPlugin.configs['core-web-vitals'],
  {
    rules: {
      // `_name` says a parameter is there for its position only
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // written for the pages/ router; this app has only app/, where a plain link is a plain link
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Only React code: yoga's and Envelop's plugins are named useX too, and are no hooks.
    files: ['src/app/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests and benchmarks read GraphQL answers by path; the shape is what the test asserts.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);

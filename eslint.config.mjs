// ESLint flat config: typescript-eslint (type-aware), the Office add-in rules for code that calls
// Office.js, React hooks rules for the UI, and the rule that keeps src/core pure (docs/design.md habit 1).
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const hostImports = [
  { group: ['react', 'react-dom', 'react/*', '@fluentui/*'], message: 'src/core is pure: no UI.' },
  {
    group: ['exceljs', 'fflate', 'saxes', 'xlsx'],
    message: 'src/core is pure: file formats live in src/xlsx.',
  },
  {
    group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'],
    message: 'src/core is pure: no Node APIs.',
  },
  {
    group: [
      '**/excel',
      '**/excel/*',
      '**/xlsx',
      '**/xlsx/*',
      '**/taskpane/*',
      '**/cli/*',
      '**/commands/*',
      '**/workbench/*',
    ],
    message: 'Imports point inward: src/core imports no host.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-node/**',
      'node_modules/**',
      'out/**',
      'coverage/**',
      'bin/**',
      '*.config.js',
      '*.config.mjs',
      'test/stubs/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: hostImports }],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'src/core never calls a host.' },
        { name: 'Office', message: 'src/core never calls a host.' },
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'process', message: 'src/core has no Node.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core never reads the clock: take today as an argument.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core never reads the clock: take today as an argument.',
        },
      ],
    },
  },
  {
    files: ['src/excel/**/*.ts', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.tsx', 'src/taskpane/**/*.ts', 'src/workbench/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // The guard for older Office is a plain ES5 classic script, outside the TypeScript project:
    // lint it without type information (test/taskpane/legacyGuard.test.ts checks it is ES5).
    files: ['src/taskpane/legacyGuard.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      parserOptions: { project: false, program: null },
    },
  },
);

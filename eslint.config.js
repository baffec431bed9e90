import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'bench/results*', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Data from the dataset must never be parsed as HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with React or textContent, never innerHTML.' },
        { property: 'outerHTML', message: 'Render text with React or textContent.' },
        { property: 'setHTML', message: 'Render text with React or textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never set HTML from data.' },
      ],
    },
  },
  // React's rules where React code lives: the app (src/) and any .tsx. The tests, the benchmark
  // and the pipeline hold no component or hook, and the compiler-based rules (static-components
  // and the rest, which compile each file) were most of the lint's time there (issue 14).
  {
    files: ['src/**/*.{ts,tsx}', '**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // One-way layers (src/README.md): data sits below the store and the features.
  {
    files: ['src/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(store|features)/',
              message: 'src/data is below the store and the features: move the shared type or function down into src/data.',
            },
          ],
        },
      ],
    },
  },
  // A feature uses another only through that feature's index.ts, its public face.
  {
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\.?/)[^/]+/(?!index\\.ts$)|(^|/)features/[^/]+/(?!index\\.ts$)',
              message: "Import another feature through its index.ts (e.g. '../charts/index.ts'); add what you need there.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'no-control-regex': 'off' },
  },
);

// Lint config: typescript-eslint's recommended rules over our sources; generated and vendored files are ignored.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'models/**', 'src/web/ui/vendor/**', 'coverage/**'] },
  tseslint.configs.recommended, // tseslint.config flattens nested arrays: no spread needed
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // A spread argument puts every element on the call stack: a large array (a 10 MB article's mentions)
      // throws RangeError. Use appendAll / maxOf / minOf from src/util/arrays.ts, or a loop.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message: 'No spread arguments: a large array overflows the call stack. Use appendAll/maxOf/minOf (src/util/arrays.ts) or a loop.',
        },
      ],
    },
  },
  // src/doc is the ground floor (Doc, layer schemas, annotator contract, pipeline): it may import packages,
  // src/errors.ts and itself, nothing from annotate/, ingest/, service/, store/, serve/ or any other module
  // above it. One block per folder depth; src/doc/floor.test.ts checks the same by resolving every import.
  [
    { files: ['src/doc/*.ts'], up: '\\.\\./' },
    { files: ['src/doc/*/*.ts'], up: '\\.\\./\\.\\./' },
  ].map(({ files, up }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: `^${up}(?!errors\\.js$)`, message: 'src/doc is the ground floor: it imports nothing from the modules above it.' }] },
      ],
    },
  })),
);

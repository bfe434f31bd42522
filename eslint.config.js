// Lint: TypeScript rules plus the architecture's import boundaries (see ARCHITECTURE.md):
// - the overlay runs inside third-party pages and may not import the database, message bundles or curriculum;
// - UI code may not import background internals;
// - the background wakes often and stays under 12 KB gzip: no bundled curriculum or words, cipher,
//   schema library or polyfill (type imports are free);
// - lib/ is the pure domain and may not import UI.
import tseslint from 'typescript-eslint';

const noDb = {
  group: ['**/lib/db', '**/lib/db/*', 'idb'],
  message: 'The overlay runs in third-party pages: it talks to the background by message, never to the database.',
};
const noBundledText = {
  group: ['**/lib/i18n/messages', '**/lib/i18n/messages/*', '**/lib/i18n/index', '**/lib/i18n/partial', '**/lib/curriculum/index', '**/lib/curriculum/content/*', '**/lib/curriculum/step-title', 'preact', 'preact/*'],
  message: 'The overlay stays under 15 KB gzip: its words and curriculum text come in the snapshot, and it is plain DOM (issue 11).',
};
const noBackground = {
  group: ['**/lib/background', '**/lib/background/*', '**/entrypoints/background*'],
  message: 'UI code talks to the background through lib/messaging, not by importing its internals.',
};
const backgroundLight = {
  group: [
    '**/curriculum/index',
    '**/curriculum/content/*',
    '**/curriculum/step-title',
    '**/i18n/index',
    '**/i18n/messages',
    '**/i18n/messages/*',
    '**/db/repo',
    '**/db/vault',
    '**/crypto/*',
    '**/messaging/contract',
    '**/packaged/generate',
    '@noble/*',
    'valibot',
    'webextension-polyfill',
  ],
  allowTypeImports: true,
  message:
    'The background wakes often and stays under 12 KB gzip (issue 12): curriculum and words come from the packaged files (lib/background/content.ts), records through lib/db/core-repo, messages through lib/messaging/messages.',
};
// The folders' index modules, imported by their folder's name.
const backgroundLightIndex = { ...backgroundLight, group: undefined, regex: '(^|/)(curriculum|i18n)$' };
const noUi = {
  group: ['**/components/*', '**/entrypoints/*', 'preact', 'preact/*', '@preact/*'],
  message: 'lib/ is the pure domain: no UI imports.',
};

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'scripts/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'eval', message: 'No eval: store policy and CSP.' }],
    },
  },
  {
    files: ['components/overlay/**', 'entrypoints/overlay.content/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDb, noBackground, noBundledText] }] },
  },
  {
    files: ['components/**', 'entrypoints/sidepanel/**', 'entrypoints/review/**'],
    ignores: ['components/overlay/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBackground] }] },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/background/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUi] }] },
  },
  {
    files: ['lib/background/**', 'entrypoints/background.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUi, backgroundLight, backgroundLightIndex] }] },
  },
);

// Lint: TypeScript rules plus the architecture's import boundaries (see ARCHITECTURE.md):
// - the overlay runs inside third-party pages and may not import the database, message bundles or curriculum;
// - UI code may not import background internals;
// - the background wakes often and stays under 12 KB gzip: no bundled curriculum or words, cipher,
//   schema library or polyfill (type imports are free);
// - what the pages show first imports no message bundle, curriculum content or schema library: those
//   load on demand, so a page's first script stays under 60 KB gzip (issue 12);
// - lib/ is the pure domain and may not import UI.
import tseslint from 'typescript-eslint';

const noDb = {
  group: ['**/lib/db', '**/lib/db/*', 'idb'],
  message: 'The overlay runs in third-party pages: it talks to the background by message, never to the database.',
};
const noBundledText = {
  group: ['**/lib/i18n/messages', '**/lib/i18n/messages/*', '**/lib/i18n/index', '**/lib/curriculum/index', '**/lib/curriculum/content/*', '**/lib/curriculum/step-title', 'preact', 'preact/*'],
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
// What the pages show first (issue 12): the strings, curriculum, adaptation layer and demo data come as
// chunks of their own (lib/i18n/load.ts, lib/curriculum/load.ts, import()), never in a first script.
const firstScreenLight = {
  group: [
    '**/curriculum/index',
    '**/curriculum/content/*',
    '**/curriculum/adaptation',
    '**/i18n/index',
    '**/i18n/messages',
    '**/i18n/messages/*',
    '**/i18n/render',
    '**/i18n/durations',
    '**/lib/demo',
    'valibot',
  ],
  allowTypeImports: true,
  message:
    "A page's first script stays under 60 KB gzip (issue 12): import text helpers from lib/i18n/text or translate, steps from lib/curriculum/step-title, and anything heavier through import() or a lazyView.",
};
const firstScreenLightIndex = { ...firstScreenLight, group: undefined, regex: '(^|/)(curriculum|i18n)$' };
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
    files: [
      'entrypoints/sidepanel/**',
      'entrypoints/review/**',
      'entrypoints/share/**',
      'components/panel/App.tsx',
      'components/panel/Home.tsx',
      'components/panel/views.tsx',
      'components/panel/StayInSession.tsx',
      'components/state/app-store.ts',
      'components/state/page-environment.ts',
      'components/common/lazy.tsx',
      'components/common/StringsPending.tsx',
      'components/common/LanguageSelect.tsx',
      'components/common/useThemeAndLanguage.ts',
      'components/common/plural.ts',
      'components/privacy/BackupReminder.tsx',
      'components/privacy/useAutoLock.ts',
      'components/privacy/storage.ts',
      'components/privacy/go-to-backup.ts',
      'components/session/start.ts',
      'components/review/ReviewApp.tsx',
      'components/review/useReviewData.ts',
      'components/share/ShareView.tsx',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [noBackground, firstScreenLight, firstScreenLightIndex] }] },
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

// @ts-check
// ESLint for the site (.ts, .astro), its browser code and the Node tools (scripts/, TypeScript).
// TypeScript and the Node tools are linted with type information (typescript-eslint's project
// service finds tsconfig.json, or scripts/tsconfig.json for scripts/). `npm run lint` runs this with
// --max-warnings=0, so a rule is either an error or off: every change to a preset below says why.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.cache/',
      '.starlight-links-validator/',
      'test-results/',
      'tmp/',
      // Content and its fixtures hold no code to lint (MDX is checked by the build).
      '**/src/content/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      // A disable comment that no longer silences anything is a stale comment.
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // Unused parameters and destructured rest siblings are often there on purpose (a hook's
      // signature, `{ drop, ...rest }`); an underscore marks them, everything else is dead code.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Type-only imports keep Node's type stripping and Vite's transpile-only build working
      // (tsconfig sets verbatimModuleSyntax); the rule says so at the line, before the build does.
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Node tools and config files run in Node.
    files: ['**/*.mjs', '**/*.js', 'scripts/**/*.ts', 'tests/**/*.ts', 'vitest.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // Browser modules run in the reader's browser: the scripts of components and the modules beside
    // them, and the feature folders, which keep their browser modules beside their build-time code.
    files: [
      'src/components/*.ts',
      'src/lib/download.ts',
      'src/print/**/*.ts',
      'src/progress/**/*.ts',
      'src/practice/**/*.ts',
      'src/search/**/*.ts',
      'src/plans/**/*.ts',
      'src/offline/**/*.ts',
      '**/*.astro/*.ts',
      '**/*.astro/*.js',
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      // DOM event listeners may be async: the browser ignores what they return, and each of ours
      // handles its own errors (a status line says what went wrong). Promises passed anywhere
      // else, and conditions on promises, are still flagged.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false } },
      ],
    },
  },
  {
    // .mjs files are JavaScript: their types come from JSDoc, so rules that flag `any` flowing
    // through untyped values would report every untyped parameter a second time (the type
    // checker already does: `npm run typecheck`). Rules about promises and logic stay on.
    files: ['**/*.mjs', '**/*.js'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The frontmatter and scripts of .astro files are not part of a TypeScript program the
    // project service can see (only the Astro language server knows .astro modules), so typed
    // rules cannot run there; `astro check` type-checks these files instead.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

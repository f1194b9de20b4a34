// ESLint flat config: typescript-eslint's recommended rules plus the project's layer boundaries
// (ARCHITECTURE.md), which replace the old regex purity test:
//   src/core     pure TypeScript: no React, no DOM, no Node, nothing from the outer layers
//   src/widgets  islands: never another widget's folder (shared pieces live in widgets/shared), never the
//                build-time translator, i18next or zod (the browser gets strings as props), lib for types only
//   src/pages    routing and wiring only: no loops, switches, classes or helper functions in page frontmatter
// Page frontmatter is linted through a small processor that hands ESLint the code between the `---` fences.
import tseslint from 'typescript-eslint';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** 'core' | 'widgets/<Folder>' | 'lib' | 'pages' | 'components' | 'layouts' | … for a file inside src. */
export function layerOf(file) {
  const rel = relative(resolve(root, 'src'), file).split(sep);
  if (rel[0] === '..' || rel.length < 2) return null;
  if (rel[0] === 'widgets') return `widgets/${rel[1]}`;
  return rel[0];
}

const nodeBuiltins = /^(node:|fs$|fs\/|path$|os$|url$|child_process$|crypto$|zlib$|stream$|util$)/;
const reactish = /^(react|react-dom)(\/|$)/;

/** Why `source`, imported from `file`, breaks a boundary; null when it is fine. */
export function boundaryViolation(file, source, { typeOnly = false } = {}) {
  const from = layerOf(file);
  if (!from) return null;
  const target = source.startsWith('.') ? layerOf(resolve(dirname(file), source)) : null;
  const targetPath = source.startsWith('.') ? resolve(dirname(file), source) : '';
  if (from === 'core') {
    if (reactish.test(source)) return 'src/core imports no React';
    if (nodeBuiltins.test(source)) return 'src/core imports no Node built-ins';
    if (source.startsWith('astro')) return 'src/core imports nothing from Astro';
    if (target && target !== 'core') return `src/core imports nothing from src/${target.split('/')[0]}`;
    // zod is for the build-time content schemas; core code the islands run checks JSON with core/quiz/guards.ts.
    const zodImport = source === 'zod' || source.startsWith('zod/') || targetPath === resolve(root, 'src/core/zod');
    const buildTime = /[\\/]src[\\/]core[\\/](content[\\/]|zod\.ts$)|\.test\.ts$/.test(file);
    if (zodImport && !buildTime) return 'zod only in the build-time content schemas (src/core/content): browser code uses src/core/quiz/guards.ts';
    return null;
  }
  if (from.startsWith('widgets/')) {
    const folder = from.slice('widgets/'.length);
    if (source === 'i18next' || source.endsWith('core/i18n/translate')) return 'islands get their strings as props (widgets/shared/ui-strings), never i18next or the dictionaries';
    if (source === 'zod' || source.startsWith('zod/')) return 'no zod in the browser';
    if (nodeBuiltins.test(source)) return 'widgets run in the browser: no Node built-ins';
    if (target?.startsWith('widgets/')) {
      const other = target.slice('widgets/'.length);
      if (other !== folder && other !== 'shared' && !(crossWidgetAllowance[folder] ?? []).includes(other)) {
        return `widgets do not import one another (${folder} → ${other}): move the shared piece to src/widgets/shared`;
      }
    }
    if (target === 'lib' && !typeOnly) return 'widgets take data as props; src/lib is build-time (type imports only)';
    if (target && ['pages', 'components', 'layouts', 'integrations'].includes(target)) return `widgets import nothing from src/${target}`;
    return null;
  }
  if (from === 'lib' && target && (target.startsWith('widgets/') || target === 'pages')) return 'src/lib is build-time data access: it imports no widgets or pages';
  if (from === 'core' && targetPath) return null;
  return null;
}

/**
 * Temporary: the review session and the dashboard reuse the self-assessment's question and feedback views,
 * which issue 11 is unifying into widgets/shared. Remove these entries when that lands.
 */
const crossWidgetAllowance = {
  ReviewSession: ['SelfAssessment'],
  ProgressDashboard: ['SelfAssessment'],
  // Lesson widgets live on module-deck slides, each loaded on its slide (Presenter/WidgetSlide.tsx).
  Presenter: [
    'CryoPlanner', 'VertebroplastyApproach', 'VertebroplastyCheck', 'ThermalProtectionChooser', 'AblationChooser',
    'EmbolizationPlanner', 'PainGeneratorCheck', 'CurativePalliativeCheck', 'ReadinessCheck', 'AblationIndicationsCheck',
    'AugmentationChoice', 'CoblationCheck', 'MrgfusCheck', 'EvidenceTable', 'RtResponseChart', 'SumScoreCalculator',
  ],
};

const boundaries = {
  meta: { type: 'problem', docs: { description: 'Layer boundaries of src/core, src/widgets and src/lib' }, schema: [] },
  create(context) {
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string') return;
      const why = boundaryViolation(context.filename, source, { typeOnly });
      if (why) context.report({ node, message: `${why} (import '${source}')` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value, node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'))),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};

/** Lints an .astro file's frontmatter as TypeScript; the line numbers stay those of the .astro file. */
const astroFrontmatter = {
  meta: { name: 'astro-frontmatter' },
  preprocess(text) {
    const lines = text.split('\n');
    if (lines[0]?.trim() !== '---') return [{ text: '', filename: 'frontmatter.ts' }];
    const end = lines.indexOf('---', 1);
    const body = lines.slice(1, end < 0 ? lines.length : end);
    return [{ text: ['', ...body].join('\n'), filename: 'frontmatter.ts' }];
  },
  postprocess: (messages) => messages.flat(),
  supportsAutofix: false,
};

const local = { plugins: { local: { rules: { boundaries }, processors: { astro: astroFrontmatter } } } };

const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'HTMLElement', 'customElements', 'fetch', 'process', 'Buffer', '__dirname'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'reports/', 'public/'] },
  ...tseslint.configs.recommended,
  {
    ...local,
    rules: {
      'local/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core is pure: no DOM, no Node; take it as a parameter' }))],
    },
  },
  {
    // Tests may reach across layers to build fixtures; the boundaries bind production code.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**', '*.config.*', 'eslint.config.js'],
    rules: { 'local/boundaries': 'off' },
  },
  {
    files: ['src/**/*.astro'],
    processor: 'local/astro',
  },
  {
    files: ['src/pages/**/*.astro/*.ts', 'src/pages/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['ForStatement', 'ForOfStatement', 'ForInStatement', 'WhileStatement', 'DoWhileStatement'].map((type) => ({
          selector: `${type}:not(FunctionDeclaration[id.name='getStaticPaths'] ${type})`,
          message: 'pages hold no logic: loop in src/lib or src/core, or in getStaticPaths',
        })),
        { selector: 'SwitchStatement', message: 'pages hold no logic: decide in src/core' },
        { selector: 'ClassDeclaration', message: 'pages hold no logic' },
        { selector: "FunctionDeclaration:not([id.name='getStaticPaths'])", message: 'pages hold no logic: put helpers in src/lib' },
      ],
    },
  },
  {
    files: ['src/**/*.astro/*.ts'],
    rules: {
      // Frontmatter sees Astro's globals and its own props interface; these rules cannot tell.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
);

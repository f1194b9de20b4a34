// Runs every suite — type check, lint (layer boundaries), unit/component tests, production build, browser
// tests — and ends with one line "N passed, N failed" that sums them all. Exit code 1 if anything failed.
// The type check and lint run in the background while the unit tests run. The type check is split
// (tsconfig.astro.json): `astro check` covers the .astro files and the .ts files that import them, plain `tsc`
// the rest, in half the time `astro check` takes on everything. astro check writes .astro/, which tsc reads and the build rewrites,
// so tsc follows it and the build waits for both.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command) {
  console.log(`\n▶ ${label}: ${command}`);
  const started = Date.now();
  const r = spawnSync(command, { stdio: 'inherit', shell: true, env });
  console.log(`◀ ${label}: ${r.status === 0 ? 'ok' : `exit ${r.status}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

/**
 * Like run, in the background: the output goes to a file (a pipe would fill up while run() blocks the event
 * loop) and is printed in one piece when the command ends.
 */
function runInBackground(label, command) {
  const started = Date.now();
  const log = `reports/${label.replace(/\W+/g, '-')}.log`;
  const fd = openSync(log, 'w');
  return new Promise((resolve) => {
    // The shell times the command itself: this process may be blocked in run() when it ends.
    const timed = `started=$(date +%s); ( ${command} ); rc=$?; echo "(ran $(( $(date +%s) - started )) s)"; exit $rc`;
    const child = spawn(timed, { shell: true, env, stdio: ['ignore', fd, fd] });
    child.on('close', (code) => {
      closeSync(fd);
      console.log(`\n▶ ${label}: ${command}`);
      process.stdout.write(readFileSync(log));
      console.log(`◀ ${label}: ${code === 0 ? 'ok' : `exit ${code}`}, reported ${((Date.now() - started) / 1000).toFixed(1)} s after its start`);
      resolve(code === 0);
    });
  });
}

function check(label, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return true;
  console.log(`Chromium not found at ${path}: installing Debian's chromium package.`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return run('install chromium', `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null`) && existsSync(path);
}

mkdirSync('reports', { recursive: true });

check('chromium available', ensureChromium());
rmSync('reports/vitest.json', { force: true });
// Both start now: run() below blocks the event loop until the unit tests end, so a second background step
// chained on the first would only start after them.
const typeCheck = runInBackground('type check', 'npm run -s typecheck');
const lint = runInBackground('lint (eslint.config.js: typescript-eslint + layer boundaries)', 'eslint .');
const unitOk = run('unit and component tests', 'vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json');
check('type check', await typeCheck);
check('lint', await lint);
if (existsSync('reports/vitest.json')) {
  const v = JSON.parse(readFileSync('reports/vitest.json', 'utf8'));
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  if (v.numFailedTests > 0) failures.push(`${v.numFailedTests} unit/component tests`);
  if (!unitOk && v.numFailedTests === 0) check('vitest run', false);
} else check('vitest run', false);

const built = run('production build', 'npm run build');
check('build', built);
// The HTML check reads dist/ only, so it runs alongside the browser tests rather than before them.
const htmlValid = built ? runInBackground('valid HTML', 'node scripts/validate-html.mjs') : null;

if (built) {
  rmSync('reports/playwright.json', { force: true });
  env.PW_JSON = 'reports/playwright.json';
  const e2eOk = run('browser end-to-end and a11y tests', 'playwright test');
  if (existsSync('reports/playwright.json')) {
    const p = JSON.parse(readFileSync('reports/playwright.json', 'utf8'));
    passed += p.stats.expected;
    const bad = p.stats.unexpected + p.stats.flaky;
    failed += bad;
    if (p.stats.skipped > 0) {
      failed += p.stats.skipped;
      failures.push(`${p.stats.skipped} skipped browser tests (skipping is not allowed)`);
    }
    if (bad > 0) failures.push(`${bad} browser tests`);
    if (!e2eOk && bad === 0) check('playwright run', false);
  } else check('playwright run', false);
  check('valid HTML on every built page', await htmlValid);
} else {
  failures.push('browser tests not run (build failed)');
  failed++;
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

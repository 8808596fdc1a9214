/**
 * `npm run test:e2e`: builds the site when build/ is missing or older than the sources (or always
 * with --build), runs the browser tests with vitest, and prints the closing line CI reads:
 * `N passed, M failed`. A full run also builds the site under `/arbor/` and runs the demo and
 * persistence tests there (skip with --no-base).
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

function needsBuild(dir: string): boolean {
  if (args.has('--build') || !existsSync(join(dir, 'index.html'))) return true;
  const built = statSync(join(dir, 'index.html')).mtimeMs;
  const sources = ['src', 'workers', 'static', 'docs', 'nix/lib', 'nix/examples'].filter(existsSync);
  return sources.some((source) => newestMtime(source) > built);
}

function build(env: Record<string, string>): void {
  const result = spawnSync('npx', ['vite', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) {
    console.error('The build failed.');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function runTests(env: Record<string, string>, files: string[]): Totals {
  const report = join(mkdtempSync(join(tmpdir(), 'arbor-e2e-')), 'report.json');
  spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...files,
    ],
    { stdio: 'inherit', env: { ...process.env, ...env } },
  );
  if (!existsSync(report)) return { passed: 0, failed: 1, skipped: 0 };
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    testResults: Array<{ status: string; assertionResults: unknown[] }>;
  };
  // A test file that failed to load has no assertion results: count it as a failure.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  return {
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles,
    skipped: json.numPendingTests + json.numTodoTests,
  };
}

const files = [...args].filter((arg) => !arg.startsWith('--'));
// The site must also work under a sub-path: build it there first (into a folder of its own),
// then the root build. Skipped with --no-base, or when only some test files are asked for.
const underBase = !args.has('--no-base') && files.length === 0;
let baseDir: string | null = null;
if (underBase) {
  console.log('Building the site under /arbor/…');
  build({ ARBOR_BASE_PATH: '/arbor' });
  baseDir = join(mkdtempSync(join(tmpdir(), 'arbor-site-')), 'build');
  cpSync('build', baseDir, { recursive: true });
  rmSync('build', { recursive: true, force: true });
}
if (needsBuild('build')) {
  console.log('Building the site…');
  build({});
}
const totals = runTests({ E2E_BUILD_DIR: 'build', E2E_BASE: '' }, files);

if (baseDir) {
  const under = runTests({ E2E_BUILD_DIR: baseDir, E2E_BASE: '/arbor' }, [
    'test/e2e/demo.e2e.ts',
    'test/e2e/persistence.e2e.ts',
  ]);
  totals.passed += under.passed;
  totals.failed += under.failed;
  totals.skipped += under.skipped;
}

console.log(
  `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);

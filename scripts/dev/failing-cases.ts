// Lists differential cases our evaluator gets wrong, one line each (a development aid).
// Usage: npx tsx scripts/dev/failing-cases.ts [area-or-case …] [--verbose]
import { listCases, observeGolden, observeRun, readGolden, runOurs } from '../../test/evaluator/harness';
import { isDeepStrictEqual } from 'node:util';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const cases = listCases(args.filter((a) => a !== '--verbose'));
let failed = 0;
for (const c of cases) {
  const golden = readGolden(c);
  if (!golden) continue;
  let summary: string;
  try {
    const actual = await runOurs(c);
    const want = observeGolden(golden);
    const got = observeRun(actual);
    if (isDeepStrictEqual(want, got)) continue;
    summary = verbose
      ? `\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(got)}`
      : ` want ${JSON.stringify(want).slice(0, 150)} | got ${JSON.stringify(got).slice(0, 150)}`;
  } catch (error) {
    summary = ` threw ${(error as Error)?.stack?.split('\n').slice(0, 3).join(' / ') ?? String(error)}`;
  }
  failed++;
  console.log(`${c.id}:${summary}`);
}
console.log(`${cases.length - failed} passed, ${failed} failed`);

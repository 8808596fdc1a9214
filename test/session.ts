// One session for a test file's project evaluations (vitest runs each file in a process of its
// own): the library is compiled once per file, as the playground compiles it once per page.
import { Session, type EvaluateOptions } from '../src/lib/arbor/evaluate';
import type { ReplOptions, ReplResult } from '../src/lib/arbor/repl';
import type { ProjectFiles, ProjectResult } from '../src/lib/arbor/types';

const session = new Session();

export function evaluateProject(files: ProjectFiles, options: EvaluateOptions = {}): ProjectResult {
  return session.evaluate(files, options);
}

export function evaluateRepl(files: ProjectFiles, expression: string, options: ReplOptions = {}): ReplResult {
  return session.repl(files, expression, options);
}

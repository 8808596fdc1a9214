// Checks of the module corpus harness itself: the error categories, the files a message
// mentions, portable paths, and that every stored error golden is consistent with them.

import { describe, expect, it } from 'vitest';
import {
  LIB_TOKEN,
  MODULES_CORPUS,
  REPO_ROOT,
  categorizeModuleError,
  goldenFromRun,
  listModuleCases,
  mentionedCaseFiles,
  portableMessage,
  readModuleGolden,
} from './harness';

const cases = listModuleCases();

describe('categorizeModuleError', () => {
  const table: [string, string][] = [
    ["The option `a' has conflicting definition values:\n- In `x': 1", 'option-conflict'],
    ["The option `a' has conflicting option types in `x' and `y'", 'option-conflict'],
    ["The option `r' is defined multiple times while it's expected to be unique.", 'option-conflict'],
    ["A definition for option `a' is not of type `boolean'. Definition values:\n- In `x': 1", 'option-type'],
    ["The option `b' does not exist. Definition values:\n- In `x': 2", 'option-unknown'],
    ["The option `a' was accessed but has no value defined. Try setting the option.", 'option-undefined'],
    ["The option `a' is used but not defined.", 'option-undefined'],
    ['infinite recursion encountered', 'infinite-recursion'],
    ["The option `id' is read-only, but it's set multiple times. Definition values:", 'read-only'],
    ["The option `p' in `a.nix' is already declared in `b.nix'.", 'already-declared'],
    [
      'The module `m.nix` (class: "darwin") cannot be imported into a module evaluation that expects class "nixos".',
      'class-mismatch',
    ],
    ["The option `legacy' can no longer be used since it's been removed. Use x.", 'removed-option'],
    ['\nFailed assertions:\n- a', 'assertion'],
    ["assertion 'false' failed", 'assertion'],
    ['something a user threw', 'throw'],
    ["attribute 'x' missing", 'other'],
  ];
  for (const [message, category] of table) {
    it(`${category}: ${message.split('\n')[0]}`, () => {
      expect(categorizeModuleError(message)).toBe(category);
    });
  }

  it('ignores words inside definition values', () => {
    const message = 'The option `b\' does not exist. Definition values:\n- In `x\': "is not of type"';
    expect(categorizeModuleError(message)).toBe('option-unknown');
  });
});

describe('portable messages', () => {
  it('replaces the lib and the repository root, and lists the case files mentioned', () => {
    const root = `${REPO_ROOT}/test/modules/cases`;
    const raw = `In \`/some/lib/modules.nix' and \`${root}/a/b/c.nix': 1\n- In \`${root}/a/b/c.nix' and \`${root}/a/d.nix'.`;
    const portable = portableMessage(raw, MODULES_CORPUS, '/some/lib');
    expect(portable).toContain(`${LIB_TOKEN}/modules.nix`);
    expect(portable).not.toContain(REPO_ROOT);
    expect(mentionedCaseFiles(portable, MODULES_CORPUS)).toEqual(['a/b/c.nix', 'a/d.nix']);
  });

  it('records a failed run as the final error, without ANSI escapes', () => {
    const c = cases[0];
    const stderr =
      "error:\n       … while evaluating\n\n       error: \x1b[35mThe option\x1b[0m `a' does not exist.\n";
    const golden = goldenFromRun(c, { stdout: '', stderr, exitCode: 1 }, '/lib');
    expect(golden).toEqual({
      status: 'fail',
      message: "The option `a' does not exist.",
      category: 'option-unknown',
      files: [],
    });
  });
});

describe('stored error goldens', () => {
  it('has a case for every area and about a third of them errors', () => {
    const goldens = cases.map(readModuleGolden);
    const errors = goldens.filter((g) => g?.status === 'fail').length;
    expect(cases.length).toBeGreaterThanOrEqual(230);
    expect(errors / cases.length).toBeGreaterThan(0.25);
  });

  for (const c of cases) {
    const g = readModuleGolden(c);
    if (g?.status !== 'fail') continue;
    it(`${c.id}: category and files follow from the message`, () => {
      expect(g.category).toBe(categorizeModuleError(g.message));
      expect(g.files).toEqual(mentionedCaseFiles(g.message, MODULES_CORPUS));
    });
  }
});

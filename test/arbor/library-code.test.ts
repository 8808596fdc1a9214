// The library as the evaluator reads it (scripts/library-code.ts): without comments, every token
// at its line and column, so a diagnostic in the library points where the file says.
import { expect, test } from 'vitest';
import { withoutComments } from '../../scripts/library-code';
import { LIBRARY_CODE } from '../../src/lib/arbor/generated/library-code';
import { PLATFORM_CODE } from '../../src/lib/arbor/generated/library-platform';
import { LIBRARY_FILES } from '../../src/lib/arbor/generated/nix-files';

test('comments go; strings, lines and columns stay', () => {
  const text = [
    '# a file comment',
    '{ a ? 1, # trailing',
    '  /* block',
    '     over lines */ b,',
    '}:',
    'let s = "# not a comment"; t = \'\'',
    '  # kept: inside an indented string',
    "''; in /* inline */ a + b",
    '',
  ].join('\n');
  expect(withoutComments('test.nix', text)).toBe(
    [
      '',
      '{ a ? 1,',
      '',
      '                   b,',
      '}:',
      'let s = "# not a comment"; t = \'\'',
      '  # kept: inside an indented string',
      "''; in /* inline */ a + b",
      '',
    ].join('\n'),
  );
});

test('a file that does not lex is refused, by name', () => {
  expect(() => withoutComments('broken.nix', '{ a = 1; /* open')).toThrow(/broken\.nix/);
});

test('the generated library is every file of nix/lib, platform/ apart, without its comments', () => {
  const code = { ...LIBRARY_CODE, ...PLATFORM_CODE };
  expect(Object.keys(code).sort()).toEqual(Object.keys(LIBRARY_FILES).sort());
  expect(Object.keys(PLATFORM_CODE).every((path) => path.startsWith('platform/'))).toBe(true);
  expect(Object.keys(PLATFORM_CODE).length).toBeGreaterThan(0);
  for (const [path, text] of Object.entries(code)) {
    expect(text.split('\n').length, path).toBe(LIBRARY_FILES[path].split('\n').length);
    if (path.endsWith('.nix')) expect(text, path).toBe(withoutComments(path, LIBRARY_FILES[path]));
  }
  const bytes = (files: Record<string, string>) => Object.values(files).join('').length;
  expect(bytes(code)).toBeLessThan(bytes(LIBRARY_FILES) * 0.9);
});

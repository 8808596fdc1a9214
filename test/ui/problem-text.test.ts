// The Problems panel's reading of a message: why chains on a line of their own, positions found.
import { describe, expect, test } from 'vitest';
import { problemText } from '../../src/lib/ui/problem-text';

const at = (file: string, line: number, column: number) => ({ file, line, column });

describe('problemText', () => {
  test('a why chain comes out of the sentence, with its position', () => {
    const text = problemText(
      'host box has fruit tape-library (host box (inventory/hosts.nix:4:5) → fruit tape-library), which needs fact "tape.manager".',
    );
    expect(text.headline).toBe('host box has fruit tape-library, which needs fact "tape.manager".');
    expect(text.why).toEqual([
      [
        { text: 'host box (' },
        { text: 'inventory/hosts.nix:4:5', position: at('inventory/hosts.nix', 4, 5) },
        { text: ') → fruit tape-library' },
      ],
    ]);
    expect(text.mentioned).toEqual([]);
  });

  test('"selected by" chains lose the words, keep the path', () => {
    const text = problemText(
      'host laptop is a darwin host, but dendrite base is for class "nixos" (selected by host laptop (inventory/hosts.nix:4:5) → dendrite base).',
    );
    expect(text.headline).toBe('host laptop is a darwin host, but dendrite base is for class "nixos".');
    expect(text.why[0][0]).toEqual({ text: 'host laptop (' });
  });

  test('positions in the sentence are mentioned, except the problem’s own', () => {
    const text = problemText(
      'host box binds port 22 twice: as "git" and as "ssh" (inventory/hosts.nix:5:7).',
      at('inventory/hosts.nix', 6, 7),
    );
    expect(text.headline).toBe(
      'host box binds port 22 twice: as "git" and as "ssh" (inventory/hosts.nix:5:7).',
    );
    expect(text.why).toEqual([]);
    expect(text.mentioned).toEqual([at('inventory/hosts.nix', 5, 7)]);
    expect(problemText('x (a.nix:1:2)', at('a.nix', 1, 2)).mentioned).toEqual([]);
  });

  test('a message without chains or positions is left alone, lines and all', () => {
    expect(problemText('cannot coerce an integer to a string: 1\nmore')).toEqual({
      headline: 'cannot coerce an integer to a string: 1\nmore',
      why: [],
      mentioned: [],
    });
  });
});

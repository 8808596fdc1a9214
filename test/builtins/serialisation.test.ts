// Unit tests for the JSON, TOML, XML and regex builtins. Every expected value below was checked
// against Nix 2.26.3 (scripts/oracle/nix-instantiate); the differential corpus covers more.

import { describe, expect, it } from 'vitest';
import { CompiledRegex } from '../../src/lib/nix/formats/regex';
import { parseJson } from '../../src/lib/nix/formats/json';
import { parseToml } from '../../src/lib/nix/formats/toml';
import { printValue } from '../../src/lib/nix/eval/show';
import { EvalState } from '../../src/lib/nix/eval/state';
import { isNixError, NixError } from '../../src/lib/nix/errors/nix-error';
import { MemoryFileSystem } from '../../src/lib/nix/vfs/memory';
import { toByteString } from '../../src/lib/nix/bytes';

function evaluate(text: string): string {
  const state = new EvalState({ fs: new MemoryFileSystem() });
  try {
    const value = state.evalText(toByteString(text), '\xc2\xabstring\xc2\xbb', '/');
    state.forceDeep(value);
    return printValue(value);
  } catch (error) {
    if (error instanceof NixError) return `error: ${error.message}`;
    throw error;
  }
}

describe('regex', () => {
  const cases: Array<[string, string]> = [
    ['builtins.split "a|ab" "xabc"', '[ "x" [ ] "c" ]'],
    ['builtins.match "(a*)*" ""', '[ "" ]'],
    ['builtins.match "((a)|b)*" "ab"', '[ "b" "a" ]'],
    ['builtins.match "(a|)+" "aa"', '[ "" ]'],
    ['builtins.match "(a|ab)(c|bcd)(d*)" "abcd"', '[ "a" "bcd" "" ]'],
    ['builtins.split "(^|,)x" "x,xy,x"', '[ "" [ "" ] "" [ "," ] "y" [ "," ] "" ]'],
    ['builtins.split "a*" "baaac"', '[ "" [ ] "b" [ ] "" [ ] "c" [ ] "" ]'],
    ['builtins.split "(ab|a)(b*)" "abbb"', '[ "" [ "ab" "bb" ] "" ]'],
    ['builtins.split "" "ab"', '[ "" [ ] "a" [ ] "b" [ ] "" ]'],
    ['builtins.match "[[:w:]]+" "a_b"', '[ ]'],
    ['builtins.match "[[:ALPHA:]]+" "ab"', '[ ]'],
    ['builtins.match "[[=a=]]+" "aA"', '[ ]'],
    ['builtins.match "[[.hyphen.]]" "-"', '[ ]'],
    ['builtins.match "[\\\\]" "\\\\"', '[ ]'],
    ['builtins.match "[--0]" "."', '[ ]'],
    ['builtins.match "[]-a]" "^"', '[ ]'],
    ['builtins.match "a**" "aa"', '[ ]'],
    ['builtins.match "(.*?)b" "aab"', '[ "aa" ]'],
    ['builtins.match "[[:alpha:]][[:alpha:]]" "é"', 'null'],
    ['builtins.match "a{1}{2}" "aa"', '[ ]'],
  ];
  for (const [expr, expected] of cases) it(expr, () => expect(evaluate(expr)).toBe(expected));

  const invalid = [
    '(a)\\1',
    '\\w',
    '\\}',
    '\\]',
    '\\-',
    ')',
    'a{,3}',
    '^*',
    '[a-z-0]',
    '[z-a]',
    '[[:foo:]]',
    '[]',
    '[^]',
    'a{2,1}',
    '[[.-.]]',
    '[a-é]',
    '{',
    'a\\',
  ];
  /** The message of the `regex` error compiling `source` throws, or null if it compiles. */
  const regexError = (source: string): string | null => {
    try {
      new CompiledRegex(source);
      return null;
    } catch (error) {
      if (isNixError(error, 'regex')) return error.message;
      throw error;
    }
  };
  for (const source of invalid) {
    it(`rejects ${source}`, () => expect(regexError(source)).toBe(`invalid regular expression '${source}'`));
  }

  it('reports the state limit as libstdc++ does', () => {
    expect(regexError('a{99993}')).toBeNull();
    expect(regexError('a{99994}')).toBe("memory limit exceeded by regular expression 'a{99994}'");
    expect(regexError('(a){24998}')).toBe("memory limit exceeded by regular expression '(a){24998}'");
    expect(regexError('a{1,49997}')).toBeNull();
  });

  it('gives the same answers through JavaScript RegExp and the interpreter', () => {
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed / 0x7fffffff);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const gen = (depth: number): string => {
      const r = rnd();
      if (depth <= 0 || r < 0.3) return pick(['a', 'b', '.', '[ab]', '[^a]', '^', '$', '']);
      if (r < 0.5) return gen(depth - 1) + gen(depth - 1);
      if (r < 0.65) return '(' + gen(depth - 1) + ')';
      if (r < 0.8) return gen(depth - 1) + '|' + gen(depth - 1);
      return pick(['a', '[bc]', '(' + gen(depth - 1) + ')']) + pick(['*', '+', '?', '{0,2}', '{2,}']);
    };
    for (let i = 0; i < 2000; i++) {
      let re: CompiledRegex;
      try {
        re = new CompiledRegex(gen(4));
      } catch {
        continue;
      }
      const s = Array.from({ length: Math.floor(rnd() * 7) }, () => pick(['a', 'b', 'c'])).join('');
      expect(re.match(s)).toEqual(re.matchSlow(s));
      expect(re.matches(s)).toEqual(re.matchesSlow(s));
    }
  });
});

describe('JSON', () => {
  it('parses numbers as nlohmann does', () => {
    expect(
      printValue(
        parseJson(
          '[18446744073709551616, -9223372036854775809, -9223372036854775808, -0, 1E2, 1e-400, -0.0]',
        ),
      ),
    ).toBe('[ 1.84467e+19 -9.22337e+18 -9223372036854775808 0 100 0 -0 ]');
    expect(printValue(parseJson('"caf\\u00e9 \\ud83c\\udf89"'))).toBe('"caf\xc3\xa9 \xf0\x9f\x8e\x89"');
  });

  const errors: Array<[string, string]> = [
    [
      '  ',
      "parse error at line 1, column 3: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal",
    ],
    [
      '[1] x',
      "parse error at line 1, column 5: syntax error while parsing value - invalid literal; last read: '1] x'; expected end of input",
    ],
    [
      '[01]',
      "parse error at line 1, column 3: syntax error while parsing array - unexpected number literal; expected ']'",
    ],
    [
      '"a\nb"',
      "parse error at line 2, column 0: syntax error while parsing value - invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"a<U+000A>'",
    ],
    [
      '"\\u12"',
      "parse error at line 1, column 6: syntax error while parsing value - invalid string: '\\u' must be followed by 4 hex digits; last read: '\"\\u12\"'",
    ],
    [
      '[1844]674407\n3709551615',
      'parse error at line 1, column 0: syntax error while parsing value - unexpected number literal; expected end of input',
    ],
  ];
  for (const [text, message] of errors) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      expect(() => parseJson(text)).toThrow(
        expect.objectContaining({ message: `[json.exception.parse_error.101] ${message}` }),
      );
    });
  }

  it('prints as toJSON does', () => {
    expect(
      evaluate(
        'builtins.toJSON { a = [ 1 2.5 1.0e20 ]; "b\\n" = { __toString = s: "x"; }; c = { outPath = "/o"; }; }',
      ),
    ).toBe('"{\\"a\\":[1,2.5,1e+20],\\"b\\\\n\\":\\"x\\",\\"c\\":\\"/o\\"}"');
    expect(evaluate('builtins.toJSON (builtins.substring 0 1 "é")')).toBe(
      'error: JSON serialization error: [json.exception.type_error.316] incomplete UTF-8 string; last byte: 0xC3',
    );
    expect(evaluate('builtins.toJSON { a = builtins.map; }')).toBe(
      "error: cannot convert the built-in function 'map' to JSON",
    );
  });
});

describe('TOML', () => {
  const ok: Array<[string, string]> = [
    ['[a.b]\nx=1\n[a]\ny=2', '{ a = { b = { x = 1; }; y = 2; }; }'],
    [
      '[fruit]\napple.color = "red"\n[fruit.apple.texture]\nsmooth = true',
      '{ fruit = { apple = { color = "red"; texture = { smooth = true; }; }; }; }',
    ],
    ['[[a]]\nb=1\n[[a]]\nb=2\n[a.c]\nd=1', '{ a = [ { b = 1; } { b = 2; c = { d = 1; }; } ]; }'],
    ['a = """a"""""', '{ a = "a\\"\\""; }'],
    ['a = """\n  x\\\n   y"""', '{ a = "  xy"; }'],
    ['1.2 = 3', '{ "1" = { "2" = 3; }; }'],
    ['a = [1,2,]\nb = 0x7fffffffffffffff', '{ a = [ 1 2 ]; b = 9223372036854775807; }'],
  ];
  for (const [text, expected] of ok)
    it(JSON.stringify(text), () => expect(printValue(parseToml(text))).toBe(expected));

  const bad = [
    '[a]\nb=1\n[a]',
    'a.b = 1\n[a.b]',
    'a = {x=1}\na.y = 2',
    '[a.b]\nx = 1\n[a]\nb.y = 2',
    'a = {x=1,}',
    'a = 01',
    'a = 1__0',
    'a = 1e400',
    'a = 0x8000000000000000',
    'a = 1\rb = 2',
    'a = 1979-13-27',
  ];
  for (const text of bad)
    it(`rejects ${JSON.stringify(text)}`, () => expect(() => parseToml(text)).toThrow());

  it('refuses dates after parsing', () => {
    expect(evaluate('builtins.fromTOML "a = 1979-05-27T07:32:00Z"')).toBe(
      'error: while parsing TOML: Dates and times are not supported',
    );
  });
});

describe('XML', () => {
  it('prints functions, escapes and derivations as toXML does', () => {
    expect(
      evaluate('builtins.toXML { f = { a, b ? 1 }: a; h = { ... }@args: args; s = "<&\\"\'\\n"; }'),
    ).toBe(
      '"<?xml version=\'1.0\' encoding=\'utf-8\'?>\\n<expr>\\n  <attrs>\\n    <attr name=\\"f\\">\\n      <function>\\n        <attrspat>\\n          <attr name=\\"a\\" />\\n          <attr name=\\"b\\" />\\n        </attrspat>\\n      </function>\\n    </attr>\\n    <attr name=\\"h\\">\\n      <function>\\n        <attrspat ellipsis=\\"1\\" name=\\"args\\">\\n        </attrspat>\\n      </function>\\n    </attr>\\n    <attr name=\\"s\\">\\n      <string value=\\"&lt;&amp;&quot;\'&#xA;\\" />\\n    </attr>\\n  </attrs>\\n</expr>\\n"',
    );
  });
});

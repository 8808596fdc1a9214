/**
 * The Nix language for Monaco: a Monarch tokenizer and a language configuration.
 *
 * The tokenizer follows Nix's lexer where it matters for colour: `"…"` strings with `\` escapes,
 * `''…''` indented strings whose escapes are `'''`, `''$` and `''\x`, `${ … }` interpolation in
 * both (nesting through braces, so `${ { a = 1; }.a }` works), `#` and `/* … *\/` comments, paths
 * (`./a`, `/a`, `~/a`, `<nixpkgs>`), URIs, numbers and keywords. The configuration gives
 * brackets, auto-closing, comment toggling and indentation after an opening bracket or `let`.
 */

import type * as Monaco from 'monaco-editor/editor/editor.api.js';

export const NIX_LANGUAGE_ID = 'nix';

const KEYWORDS = ['let', 'in', 'with', 'rec', 'inherit', 'if', 'then', 'else', 'assert', 'or'];
const BUILTIN_FUNCTIONS = [
  'import',
  'builtins',
  'throw',
  'abort',
  'map',
  'toString',
  'isNull',
  'baseNameOf',
  'dirOf',
  'derivation',
  'removeAttrs',
  'fetchTarball',
  'placeholder',
];

export const nixTokens: Monaco.languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.nix',
  keywords: KEYWORDS,
  builtins: BUILTIN_FUNCTIONS,
  constants: ['true', 'false', 'null'],
  brackets: [
    { open: '{', close: '}', token: 'delimiter.curly' },
    { open: '[', close: ']', token: 'delimiter.square' },
    { open: '(', close: ')', token: 'delimiter.parenthesis' },
  ],
  tokenizer: {
    root: [
      [/#.*$/, 'comment'],
      [/\/\*/, 'comment', '@blockComment'],
      [/''/, { token: 'string.quote', next: '@indentedString' }],
      [/"/, { token: 'string.quote', next: '@string' }],
      // `${` outside a string is a dynamic attribute name; its `}` closes back to here.
      [/\$\{/, { token: 'delimiter.bracket', next: '@interpolation' }],
      [/[a-zA-Z][a-zA-Z0-9+.-]*:[a-zA-Z0-9%/?:@&=+$,_.!~*'-]+/, 'string.link'],
      [/<[a-zA-Z0-9._+-]+(\/[a-zA-Z0-9._+-]+)*>/, 'string.path'],
      [/(\.{1,2}|~)?(\/[a-zA-Z0-9._+-]+)+\/?/, 'string.path'],
      [/[a-zA-Z0-9._+-]+(\/[a-zA-Z0-9._+-]+)+\/?/, 'string.path'],
      [/\d+\.\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?/, 'number.float'],
      [/\d+/, 'number'],
      [
        /[a-zA-Z_][a-zA-Z0-9_'-]*/,
        {
          cases: {
            '@keywords': 'keyword',
            '@constants': 'constant',
            '@builtins': 'predefined',
            '@default': 'identifier',
          },
        },
      ],
      [/[{}()[\]]/, '@brackets'],
      [/(\+\+|\/\/|->|==|!=|<=|>=|&&|\|\||\?|\+|-|\*|\/|<|>|!|=|@|\|>|<\|)/, 'operator'],
      [/[;:,.]/, 'delimiter'],
      [/\s+/, 'white'],
    ],
    blockComment: [
      [/[^*]+/, 'comment'],
      [/\*\//, 'comment', '@pop'],
      [/\*/, 'comment'],
    ],
    string: [
      [/[^"\\$]+/, 'string'],
      [/\\./, 'string.escape'],
      [/\$\{/, { token: 'delimiter.bracket', next: '@interpolation' }],
      [/\$/, 'string'],
      [/"/, { token: 'string.quote', next: '@pop' }],
    ],
    indentedString: [
      [/'''|''\$|''\\./, 'string.escape'],
      [/''/, { token: 'string.quote', next: '@pop' }],
      [/\$\{/, { token: 'delimiter.bracket', next: '@interpolation' }],
      [/[^'$]+/, 'string'],
      [/['$]/, 'string'],
    ],
    // Inside `${ … }`: Nix code, where a `{` opens a nested block whose `}` must not end it.
    interpolation: [
      [/\{/, { token: 'delimiter.curly', next: '@braces' }],
      [/\}/, { token: 'delimiter.bracket', next: '@pop' }],
      { include: 'root' },
    ],
    braces: [
      [/\{/, { token: 'delimiter.curly', next: '@braces' }],
      [/\}/, { token: 'delimiter.curly', next: '@pop' }],
      { include: 'root' },
    ],
  },
};

export const nixConfiguration: Monaco.languages.LanguageConfiguration = {
  comments: { lineComment: '#', blockComment: ['/*', '*/'] },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
    ['${', '}'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string', 'comment'] },
    { open: "''", close: "''", notIn: ['string', 'comment'] },
    { open: '/*', close: ' */', notIn: ['string'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"' },
  ],
  indentationRules: {
    increaseIndentPattern: /^.*(\{[^}]*|\[[^\]]*|\([^)]*|\blet|''|=)\s*(#.*)?$/,
    decreaseIndentPattern: /^\s*(\}|\]|\)|in\b|'')/,
  },
  wordPattern: /[a-zA-Z_][a-zA-Z0-9_'-]*|-?\d+(\.\d+)?/,
};

export function registerNix(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((language) => language.id === NIX_LANGUAGE_ID)) return;
  monaco.languages.register({ id: NIX_LANGUAGE_ID, extensions: ['.nix'], aliases: ['Nix', 'nix'] });
  monaco.languages.setMonarchTokensProvider(NIX_LANGUAGE_ID, nixTokens);
  monaco.languages.setLanguageConfiguration(NIX_LANGUAGE_ID, nixConfiguration);
}

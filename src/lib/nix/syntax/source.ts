/**
 * A source file as the parser sees it: its name (what error messages print — an absolute path,
 * or `«string»` / `«stdin»` for expressions) and its text. Nodes carry offsets only; line and
 * column are computed on demand from a table of line starts, the way acorn does it, because most
 * positions are never printed.
 *
 * The text is a byte string (see bytes.ts), so offsets and columns count bytes of the UTF-8
 * encoding, as Nix's lexer does, and every position we print is the one Nix prints.
 */

export interface Position {
  file: string;
  line: number;
  column: number;
}

/** The names Nix gives to text that is not a file (as byte strings, like every name). */
export const STRING_SOURCE = '\xc2\xabstring\xc2\xbb';
export const STDIN_SOURCE = '\xc2\xabstdin\xc2\xbb';

export class Source {
  readonly name: string;
  readonly text: string;
  /** The directory relative paths in this file resolve against (absolute, no trailing slash). */
  readonly baseDir: string;
  private lineStarts: number[] | undefined;

  constructor(name: string, text: string, baseDir: string) {
    this.name = name;
    this.text = text;
    this.baseDir = baseDir;
  }

  private computeLineStarts(): number[] {
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // Nix's lexer counts "\r\n", "\r" and "\n" each as one line break.
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    return starts;
  }

  /** Line and column (both 1-based) of an offset; the text is a byte string, so columns are bytes. */
  position(offset: number): Position {
    this.lineStarts ??= this.computeLineStarts();
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file: this.name, line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** The text of line `line` (1-based), without its line break, for error excerpts. */
  lineText(line: number): string {
    this.lineStarts ??= this.computeLineStarts();
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$|\r$/, '');
  }
}

/** A position inside a source, resolved lazily: what AST nodes and values keep. */
export interface Span {
  source: Source;
  start: number;
  end: number;
}

export function spanPosition(span: Span): Position {
  return span.source.position(span.start);
}

/**
 * Module errors as diagnostics: an evaluation error met while forcing one option of a host
 * becomes `option-type`, `option-conflict`, `option-undefined`, `option-unknown`,
 * `infinite-recursion` or `module-error`, positioned on the definition that caused it.
 *
 * The module system reports problems the way nixpkgs does, as `throw`n messages ("A definition
 * for option `x' is not of type …", "has conflicting definition values", …); these messages are
 * what nixpkgs users already know, so they are classified by their stable opening words, and the
 * files they name (the "- In `file'" lines) are matched with the option's definitions to find
 * line and column. Any other error is a `module-error` at the innermost position in the
 * project's own files, with Nix's message and its `while …` frames.
 */

import { fromByteString, type NixError, type SourcePos } from '../nix';
import { PROJECT_ROOT } from './roots';
import type { Diagnostic, OptionDefinition, OptionInfo, Position, TraceFrame } from './types';

export interface PositionResolver {
  /** file (project-relative when inside the project), line, column. */
  resolve(pos: SourcePos): Position;
  /** Whether a position is in the project's files (not Arbor's library). */
  inProject(pos: SourcePos): boolean;
}

export interface ErrorSubject {
  /** The option being evaluated when the error happened (may be '' at the root). */
  optionPath: string;
  definitions: OptionDefinition[];
  declaration: OptionInfo['declaration'];
}

type Classified = Omit<Diagnostic, 'host'>;

/** The innermost position of an error (its own, then its frames') that lies in the project. */
export function innermostProjectPosition(error: NixError, resolver: PositionResolver): Position | null {
  const candidates = [error.pos, ...error.frames.map((f) => f.pos)];
  for (const pos of candidates) if (pos !== null && resolver.inProject(pos)) return resolver.resolve(pos);
  return null;
}

/** The outermost project position: for infinite recursion, roughly where the value was first forced. */
function outermostProjectPosition(error: NixError, resolver: PositionResolver): Position | null {
  const frames = error.frames.map((f) => f.pos).reverse();
  for (const pos of frames) if (pos !== null && resolver.inProject(pos)) return resolver.resolve(pos);
  return null;
}

/** The files a nixpkgs-style message names in its "- In `file'" lines, in order. */
export function mentionedFiles(message: string): string[] {
  return [...message.matchAll(/- In `([^']*)'/g)].map((m) => m[1]);
}

/**
 * The option a nixpkgs-style message is about, without the list-entry markers nixpkgs appends
 * (`ports."[definition 1-entry 2]"` is about `ports`).
 */
export function optionNamedBy(message: string): string | null {
  const match = /option `([^']*)'/.exec(message);
  return match
    ? match[1].replace(/\."\[definition \d+-entry \d+\]"/g, '').replace(/\."<function body>"/g, '')
    : null;
}

/** `(entry 2 of a definition)` for messages about one list element. */
function entryNote(message: string): string {
  const match = /"\[definition (\d+)-entry (\d+)\]"/.exec(message);
  return match ? ` (element ${match[2]} of the list)` : '';
}

/** How many frames a diagnostic keeps (Nix shows about as many without --show-trace). */
const TRACE_FRAMES = 12;

/**
 * An error's `while …` frames as data, innermost first, each positioned when Nix gave it a
 * position; frames without a message are left out.
 */
export function traceFrames(
  error: NixError,
  resolve: (pos: SourcePos) => Position,
  keep: (message: string) => boolean = () => true,
): TraceFrame[] {
  const out: TraceFrame[] = [];
  for (const frame of error.frames) {
    // Arbor's virtual file system puts the project at /project: messages name its files as the
    // project does.
    const message = fromByteString(frame.message).replaceAll(`\`${PROJECT_ROOT}/`, '`');
    if (message === '' || !keep(message)) continue;
    const at = frame.pos === null ? null : resolve(frame.pos);
    out.push({ message, file: at?.file ?? null, line: at?.line ?? null, column: at?.column ?? null });
    if (out.length === TRACE_FRAMES) break;
  }
  return out;
}

function endsWithFile(candidate: string, file: string): boolean {
  return candidate === file || candidate.endsWith('/' + file) || file.endsWith('/' + candidate);
}

/** The definitions a message's files refer to, in the message's order. */
function definitionsNamed(message: string, definitions: OptionDefinition[]): OptionDefinition[] {
  const found: OptionDefinition[] = [];
  for (const file of mentionedFiles(message)) {
    const def = definitions.find(
      (d) => !found.includes(d) && (endsWithFile(file, d.module) || endsWithFile(file, d.file)),
    );
    if (def) found.push(def);
  }
  return found;
}

function at(def: OptionDefinition | undefined | null): Position | null {
  if (!def) return null;
  return { file: def.file, line: def.line ?? 1, column: def.column ?? 1 };
}

function showValue(def: OptionDefinition): string {
  const text = JSON.stringify(def.value);
  return text === undefined ? '?' : text.length > 80 ? text.slice(0, 77) + '...' : text;
}

function where(def: OptionDefinition): string {
  return `${def.file}${def.line !== null ? `:${def.line}:${def.column ?? 1}` : ''}`;
}

/** Classifies an error met while evaluating `subject` into a positioned diagnostic. */
export function classifyModuleError(
  error: NixError,
  subject: ErrorSubject,
  resolver: PositionResolver,
): Classified {
  const message = fromByteString(error.message);
  const firstLine = message.split('\n')[0];
  const fallback = innermostProjectPosition(error, resolver) ??
    at(subject.definitions[0]) ??
    (subject.declaration?.file ? { file: subject.declaration.file, line: 1, column: 1 } : null) ?? {
      file: '',
      line: 1,
      column: 1,
    };
  const optionOf = (text: string) => optionNamedBy(text) ?? subject.optionPath;

  if (error.kind === 'infinite-recursion') {
    const first =
      error.firstForcedAt !== null && resolver.inProject(error.firstForcedAt)
        ? resolver.resolve(error.firstForcedAt)
        : outermostProjectPosition(error, resolver);
    const reentered = innermostProjectPosition(error, resolver) ?? fallback;
    return {
      code: 'infinite-recursion',
      severity: 'error',
      message: `infinite recursion encountered while evaluating \`${subject.optionPath || 'the configuration'}'`,
      ...reentered,
      hint: 'A value depends on itself. Common causes: `imports` that read `config`, or an option whose definition reads the same option.',
      related:
        first && (first.file !== reentered.file || first.line !== reentered.line)
          ? [{ ...first, message: 'first forced here' }]
          : undefined,
    };
  }

  if (/^A definition for option `/.test(message) && message.includes("' is not of type `")) {
    const named = definitionsNamed(message, subject.definitions);
    const def = named[0] ?? null;
    const type = /is not of type `([^`]*)'/.exec(message)?.[1] ?? subject.declaration?.type ?? '?';
    const option = optionOf(firstLine);
    return {
      code: 'option-type',
      severity: 'error',
      message: `\`${option}' is declared as ${type}, but ${def ? `this definition is ${showValue(def)}` : 'a definition is not of that type'}${entryNote(firstLine)}.`,
      ...(at(def) ?? fallback),
      hint: `Give \`${option}' a value of type ${type}.`,
    };
  }

  if (
    message.includes("' has conflicting definition values") ||
    message.includes("is defined multiple times while it's expected to be unique") ||
    message.includes("' is defined both null and not null") ||
    message.includes("' has conflicting option types") ||
    message.includes("is read-only, but it's set multiple times")
  ) {
    const named = definitionsNamed(message, subject.definitions);
    const option = optionOf(firstLine);
    const defs = named.length > 0 ? named : subject.definitions;
    const primary = defs[defs.length - 1];
    const described = defs.map((d) => `${showValue(d)} in ${where(d)}`).join(' and ');
    return {
      code: 'option-conflict',
      severity: 'error',
      message: `\`${option}' has conflicting definitions: ${described || firstLine}.`,
      ...(at(primary) ?? fallback),
      hint: 'Make the definitions agree, or give one a priority: `lib.mkForce value` wins, `lib.mkDefault value` yields.',
      related: defs.slice(0, -1).map((d) => ({ ...at(d)!, message: `also defined here: ${showValue(d)}` })),
    };
  }

  if (
    message.includes("' was accessed but has no value defined") ||
    message.includes("' is used but not defined")
  ) {
    const option = optionOf(firstLine);
    return {
      code: 'option-undefined',
      severity: 'error',
      message: `\`${option}' is used but never defined, and has no default.`,
      ...fallback,
      hint: `Define \`${option}' in one of the host's modules, or read it only when it is set (\`options.${option}.isDefined\`).`,
    };
  }

  if (/^The option `[^']*' does not exist/.test(message)) {
    const named = definitionsNamed(message, subject.definitions);
    return {
      code: 'option-unknown',
      severity: 'error',
      message: firstLine,
      ...(at(named[0]) ?? fallback),
      hint: /Did you mean [^\n]*/.exec(message)?.[0] ?? 'Check the spelling of the option path.',
    };
  }

  return {
    code: 'module-error',
    severity: 'error',
    message: firstLine,
    ...fallback,
    // Frames inside Arbor's library are its plumbing, not the user's: only the others are kept.
    trace: traceFrames(error, (pos) => resolver.resolve(pos)).filter((f) => !f.file?.startsWith('lib/')),
    hint: error.hint
      ? fromByteString(error.hint)
      : subject.optionPath
        ? `while evaluating the option \`${subject.optionPath}': fix the expression at this position (the trace shows how it was reached).`
        : 'Fix the expression at this position (the trace shows how it was reached).',
  };
}

/**
 * Output plumbing for the `arbor` process: the one place that writes to stdout and stderr, reads
 * stdin, decides whether colour is allowed, and turns an unexpected JavaScript error into a
 * request for a bug report.
 *
 * Writes go through Node's streams and wait for their callbacks, so a slow reader (`| jq`, `| (sleep
 * 1; wc -c)`) gets every byte: when a pipe is full, libuv waits for it to drain instead of failing
 * with EAGAIN as `writeSync` on a non-blocking descriptor does. When the reader goes away (`| head
 * -c 10`), the write ends with EPIPE; that is not an error for a Unix tool, so the rest of the output
 * is dropped quietly and the command keeps its own exit status, as Nix's does.
 */

import type { Readable, Writable } from 'node:stream';

const guarded = new WeakSet<Writable>();

/**
 * Writes all of `bytes`. Resolves `'ok'`, `'closed'` when the reader has gone away (EPIPE: not an
 * error for a Unix tool), or the error that stopped the write (a full disk, say).
 */
export function writeAll(stream: Writable, bytes: Uint8Array): Promise<'ok' | 'closed' | Error> {
  // A failed write is reported to its callback and then as an 'error' event, which would crash
  // the process without a listener; the callback is where it is handled.
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on('error', () => {});
  }
  if (stream.destroyed || !stream.writable) return Promise.resolve('closed');
  if (bytes.length === 0) return Promise.resolve('ok');
  return new Promise((resolve) => {
    stream.write(bytes, (error) => {
      if (!error) resolve('ok');
      else resolve((error as NodeJS.ErrnoException).code === 'EPIPE' ? 'closed' : error);
    });
  });
}

/** Reads a stream to its end (stdin for `arbor instantiate -`), as UTF-8. */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Whether ANSI escapes (colour) may be written to a stream: only to a terminal, never when
 * `NO_COLOR` (or `NOCOLOR`) is set or `TERM` is `dumb` — the rule Nix 2.26 uses for stderr.
 */
export function colorAllowed(isTTY: boolean | undefined, env: Record<string, string | undefined>): boolean {
  if (!isTTY) return false;
  if (env.NO_COLOR !== undefined || env.NOCOLOR !== undefined) return false;
  return (env.TERM ?? 'dumb') !== 'dumb';
}

/**
 * The message for an unexpected JavaScript error: a bug in Arbor, never the user's fault. Short
 * (no minified stack trace) unless `ARBOR_DEBUG=1`.
 */
export function internalErrorMessage(error: unknown, env: Record<string, string | undefined>): string {
  const debug = env.ARBOR_DEBUG !== undefined && env.ARBOR_DEBUG !== '' && env.ARBOR_DEBUG !== '0';
  const summary =
    error instanceof Error ? `${error.name}: ${error.message}` : `unexpected value thrown: ${String(error)}`;
  const lines = [
    `arbor: internal error: ${summary}`,
    'This is a bug in Arbor, not in your code. Please report it with the command you ran' +
      (debug ? ' and the stack trace below.' : '; set ARBOR_DEBUG=1 to include a stack trace.'),
  ];
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  return lines.join('\n') + '\n';
}

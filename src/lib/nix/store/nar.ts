/**
 * NAR ("Nix ARchive") serialisation, the canonical byte form of a file tree
 * whose SHA-256 gives recursive (`nar`) content addresses such as copied
 * sources. Every token is a string framed as: u64 little-endian byte length,
 * the bytes, zero padding to a multiple of 8. The grammar:
 *
 *   nar   = "nix-archive-1" node
 *   node  = "(" "type" ( "regular" ["executable" ""] "contents" <bytes>
 *                      | "symlink" "target" <target>
 *                      | "directory" { "entry" "(" "name" <n> "node" node ")" } ) ")"
 *
 * Directory entries are written in bytewise order of their names. The
 * serialiser streams into a sink, so a NAR can be hashed without buffering.
 */
import { storeError } from './errors';
import { createHasher, type HashAlgo } from './hash';
import { compareStrings } from './store-path';

export type NarNode =
  | { type: 'regular'; contents: Uint8Array; executable: boolean }
  | { type: 'symlink'; target: string }
  | { type: 'directory'; entries: Map<string, NarNode> };

/** Receives successive chunks of the NAR. */
export type NarSink = (chunk: Uint8Array) => void;

const encoder = new TextEncoder();
const ZEROS = new Uint8Array(8);

function writeBytes(sink: NarSink, bytes: Uint8Array): void {
  const len = new Uint8Array(8);
  const view = new DataView(len.buffer);
  view.setUint32(0, bytes.length % 0x100000000, true);
  view.setUint32(4, Math.floor(bytes.length / 0x100000000), true);
  sink(len);
  if (bytes.length > 0) sink(bytes);
  const pad = (8 - (bytes.length % 8)) % 8;
  if (pad > 0) sink(ZEROS.subarray(0, pad));
}

function writeString(sink: NarSink, s: string): void {
  writeBytes(sink, encoder.encode(s));
}

function checkEntryName(name: string): void {
  if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0'))
    throw storeError(`NAR contains invalid file name '${name}'`);
}

function writeNode(sink: NarSink, node: NarNode): void {
  writeString(sink, '(');
  writeString(sink, 'type');
  switch (node.type) {
    case 'regular':
      writeString(sink, 'regular');
      if (node.executable) {
        writeString(sink, 'executable');
        writeString(sink, '');
      }
      writeString(sink, 'contents');
      writeBytes(sink, node.contents);
      break;
    case 'symlink':
      writeString(sink, 'symlink');
      writeString(sink, 'target');
      writeString(sink, node.target);
      break;
    case 'directory': {
      writeString(sink, 'directory');
      const names = [...node.entries.keys()].sort(compareStrings);
      for (const name of names) {
        checkEntryName(name);
        writeString(sink, 'entry');
        writeString(sink, '(');
        writeString(sink, 'name');
        writeString(sink, name);
        writeString(sink, 'node');
        writeNode(sink, node.entries.get(name) as NarNode);
        writeString(sink, ')');
      }
      break;
    }
  }
  writeString(sink, ')');
}

/** Stream the NAR serialisation of `node` into `sink`. */
export function writeNar(node: NarNode, sink: NarSink): void {
  writeString(sink, 'nix-archive-1');
  writeNode(sink, node);
}

/** The NAR serialisation of `node` as one buffer. */
export function narBytes(node: NarNode): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  writeNar(node, (c) => {
    chunks.push(c.slice());
    size += c.length;
  });
  const out = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/** Hash the NAR of `node` incrementally (SHA-256 by default, as Nix does). */
export function narHash(node: NarNode, algo: HashAlgo = 'sha256'): Uint8Array {
  const hasher = createHasher(algo);
  writeNar(node, (c) => hasher.update(c));
  return hasher.digest();
}

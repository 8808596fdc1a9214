// sops' encrypted YAML file format, written and checked without sops (which Debian does not
// package), for Arbor's test fixtures. What sops does (getsops/sops: sops.go, aes/cipher.go,
// age/keysource.go, stores/stores.go, cmd/sops/common/common.go):
//
// - a random 32-byte data key encrypts every leaf value with AES-256-GCM, a random 32-byte IV
//   and, as additional data, the value's key path joined by ":" plus a trailing ":"
//   (`wireguard:private-key:`); the value is written `ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`
//   (base64 of the ciphertext, the IV and the 16-byte tag);
// - the MAC is SHA-512 over the cleartext leaf values in file order, as upper-case hex, encrypted
//   the same way with the `lastmodified` timestamp (RFC 3339) as additional data;
// - the data key is encrypted to each age recipient on its own (`age -r … -a`, ASCII armour) and
//   stored in `sops.age[]` as `{ recipient; enc; }`;
// - go-yaml writes it with 4 spaces of indentation, the metadata keys sorted, block scalars for
//   the armoured data keys.
//
// The OpenSSH host key of a test host is turned into its age identity the way ssh-to-age (and
// sops-nix on the host) does: the first 32 bytes of SHA-512 of the ed25519 seed, bech32-encoded
// as `AGE-SECRET-KEY-1…`.

import { execFileSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Nested cleartext: a leaf is a string. */
export interface SopsTree {
  [key: string]: string | SopsTree;
}

export interface SopsOptions {
  recipients: string[];
  lastModified?: string;
  version?: string;
}

function encryptValue(value: string, key: Buffer, additionalData: string): string {
  const iv = randomBytes(32);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(additionalData));
  const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},tag:${tag.toString('base64')},type:str]`;
}

const ENCRYPTED = /^ENC\[AES256_GCM,data:(.*),iv:(.+),tag:(.+),type:(.+)\]$/;

export function decryptValue(text: string, key: Buffer, additionalData: string): string {
  const m = ENCRYPTED.exec(text);
  if (!m) throw new Error(`not a sops value: ${text}`);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(m[2], 'base64'));
  decipher.setAAD(Buffer.from(additionalData));
  decipher.setAuthTag(Buffer.from(m[3], 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(m[1], 'base64')), decipher.final()]).toString('utf8');
}

/** The leaves of a tree in file order, with their key paths. */
function leaves(tree: SopsTree, path: string[] = []): Array<{ path: string[]; value: string }> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ path: [...path, key], value }] : leaves(value, [...path, key]),
  );
}

function encryptDataKey(dataKey: Buffer, recipient: string): string {
  return execFileSync('age', ['--encrypt', '--armor', '--recipient', recipient], {
    input: dataKey,
  }).toString();
}

/** A sops-encrypted YAML file holding `tree`, its data key encrypted to `recipients`. */
export function writeSopsFile(tree: SopsTree, options: SopsOptions): string {
  const dataKey = randomBytes(32);
  const lastModified = options.lastModified ?? '2026-01-01T00:00:00Z';
  const lines: string[] = [];
  const emit = (node: SopsTree, path: string[], indent: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        lines.push(`${indent}${key}: ${encryptValue(value, dataKey, [...path, key].join(':') + ':')}`);
      } else {
        lines.push(`${indent}${key}:`);
        emit(value, [...path, key], indent + '    ');
      }
    }
  };
  emit(tree, [], '');
  const mac = createHash('sha512');
  for (const leaf of leaves(tree)) mac.update(leaf.value);
  const macText = mac.digest('hex').toUpperCase();
  lines.push('sops:', '    age:');
  for (const recipient of options.recipients) {
    const armoured = encryptDataKey(dataKey, recipient).trimEnd().split('\n');
    lines.push(
      `        - recipient: ${recipient}`,
      '          enc: |',
      ...armoured.map((l) => `            ${l}`),
    );
  }
  lines.push(
    `    lastmodified: "${lastModified}"`,
    `    mac: ${encryptValue(macText, dataKey, lastModified)}`,
    '    unencrypted_suffix: _unencrypted',
    `    version: ${options.version ?? '3.10.2'}`,
  );
  return lines.join('\n') + '\n';
}

export interface ReadSopsFile {
  /** Leaf values (still encrypted) by key path. */
  values: Array<{ path: string[]; encrypted: string }>;
  /** The age entries: recipient and armoured data key. */
  age: Array<{ recipient: string; enc: string }>;
  lastModified: string;
  mac: string;
}

/** Reads the files `writeSopsFile` writes (4-space go-yaml output). */
export function readSopsFile(text: string): ReadSopsFile {
  const result: ReadSopsFile = { values: [], age: [], lastModified: '', mac: '' };
  const stack: Array<{ indent: number; key: string }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const m = /^( *)(- )?([^:\s][^:]*):(?: (.*))?$/.exec(line);
    if (!m) continue;
    const indent = m[1].length + (m[2] ? 2 : 0);
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    const path = [...stack.map((f) => f.key), m[3]];
    const value = m[4];
    if (path[0] === 'sops') {
      if (path.join('.') === 'sops.age.recipient') result.age.push({ recipient: value, enc: '' });
      else if (path.join('.') === 'sops.age.enc') {
        const block: string[] = [];
        while (i + 1 < lines.length && /^ {12}/.test(lines[i + 1])) block.push(lines[++i].slice(12));
        result.age[result.age.length - 1].enc = block.join('\n') + '\n';
        continue;
      } else if (path.join('.') === 'sops.lastmodified') result.lastModified = JSON.parse(value) as string;
      else if (path.join('.') === 'sops.mac') result.mac = value;
    } else if (value !== undefined) result.values.push({ path, encrypted: value });
    if (value === undefined || path[0] === 'sops') stack.push({ indent, key: m[3] });
  }
  return result;
}

/**
 * Decrypts the file's data key with `age` and `identityFile`, then checks every value and the
 * MAC with it. Returns the data key.
 */
export function verifySopsFile(text: string, recipient: string, identityFile: string): Buffer {
  const file = readSopsFile(text);
  const entry = file.age.find((a) => a.recipient === recipient);
  if (!entry) throw new Error(`the file is not encrypted to ${recipient}`);
  const dataKey = execFileSync('age', ['--decrypt', '--identity', identityFile], { input: entry.enc });
  if (dataKey.length !== 32) throw new Error(`the data key has ${dataKey.length} bytes, not 32`);
  const hash = createHash('sha512');
  for (const v of file.values) hash.update(decryptValue(v.encrypted, dataKey, v.path.join(':') + ':'));
  const mac = decryptValue(file.mac, dataKey, file.lastModified);
  if (mac !== hash.digest('hex').toUpperCase()) throw new Error('the MAC does not match the values');
  return dataKey;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

function bech32Encode(hrp: string, bytes: Uint8Array): string {
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >> bits) & 31);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const polymod = (values: number[]) => {
    const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
    let chk = 1;
    for (const v of values) {
      const top = chk >>> 25;
      chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
      for (let i = 0; i < 5; i++) if ((top >> i) & 1) chk = (chk ^ gen[i]) >>> 0;
    }
    return chk;
  };
  const expanded = [...hrp].map((c) => c.charCodeAt(0) >> 5);
  expanded.push(0, ...[...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + '1' + [...data, ...checksum].map((v) => BECH32[v]).join('');
}

/** The age identity (`AGE-SECRET-KEY-1…`) of an unencrypted OpenSSH ed25519 private key. */
export function sshPrivateKeyToAgeIdentity(pem: string): string {
  const body = Buffer.from(
    pem
      .split('\n')
      .filter((l) => l && !l.startsWith('-----'))
      .join(''),
    'base64',
  );
  const magic = 'openssh-key-v1\0';
  if (body.subarray(0, magic.length).toString('latin1') !== magic)
    throw new Error('not an OpenSSH private key');
  let offset = magic.length;
  const next = (buffer: Buffer) => {
    const n = buffer.readUInt32BE(offset);
    const value = buffer.subarray(offset + 4, offset + 4 + n);
    offset += 4 + n;
    return value;
  };
  const cipher = next(body).toString();
  if (cipher !== 'none') throw new Error('the key is passphrase-protected');
  next(body); // kdf name
  next(body); // kdf options
  offset += 4; // number of keys
  next(body); // public key
  const secret = next(body);
  offset = 8; // two check integers
  next(secret); // key type
  next(secret); // public key
  const privateKey = next(secret); // seed (32) + public key (32)
  const scalar = createHash('sha512').update(privateKey.subarray(0, 32)).digest().subarray(0, 32);
  return bech32Encode('age-secret-key-', scalar).toUpperCase();
}

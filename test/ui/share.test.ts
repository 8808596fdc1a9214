// Share links: a project survives the round trip byte for byte; damaged links fail with a reason.
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { decodeShare, encodeShare, isShareHash, ShareError, wellFormedHash } from '../../src/lib/ui/share';

describe('share links', () => {
  test('round-trip every example exactly, unicode and all', () => {
    for (const [name, files] of Object.entries(EXAMPLES)) {
      const project = { name, files: { ...files, 'hosts/_notes/ünï.nix': "# 🌳 ${x} ''\t\r\n" } };
      const hash = encodeShare(project);
      expect(isShareHash(`#${hash}`)).toBe(true);
      expect(decodeShare(`#${hash}`)).toEqual(project);
    }
  });

  test('compress: homelab fits in a link', () => {
    expect(encodeShare({ name: 'homelab', files: EXAMPLES.homelab }).length).toBeLessThan(16_000);
  });

  test.each([
    ['truncated', (hash: string) => hash.slice(0, hash.length - 30), /truncated or damaged/],
    ['cut to a few bytes', (hash: string) => hash.slice(0, 20), /truncated or damaged/],
    ['bad characters', (hash: string) => hash.replace('project=1.', 'project=1.%%'), /damaged/],
    ['unknown version', (hash: string) => hash.replace('project=1.', 'project=7.'), /version "7"/],
    ['no version', () => 'project=abc', /version ""/],
  ])('refuse a link that is %s', (_, mangle, message) => {
    const hash = encodeShare({ name: 'homelab', files: EXAMPLES.homelab });
    expect(() => decodeShare(mangle(hash))).toThrowError(ShareError);
    expect(() => decodeShare(mangle(hash))).toThrowError(message);
  });

  test('refuse paths that leave the project', () => {
    const hash = encodeShare({ name: 'x', files: { '../etc/passwd': 'x' } });
    expect(() => decodeShare(hash)).toThrowError(/not hold a valid project/);
  });
});

describe('any hash is safe', () => {
  // SvelteKit decodes the hash when the page starts; a malformed one used to throw URIError.
  test.each([
    ['#garbage%%%notalink', '#garbage%%%notalink'],
    ['#%E0%A4%A', '#%E0%A4%A'],
    ['#%', '#%'],
    ['#100%', '#100%'],
    ['#%zz%41', '#%zzA'],
    ['#ok%C3%A9%', '#oké%'],
    ['#project=1.abc%%%', '#project=1.abc%%%'],
  ])('%s decodes after wellFormedHash, as typed (valid escapes still decode)', (hash, decoded) => {
    expect(() => decodeURIComponent(hash)).toThrowError(URIError);
    expect(decodeURIComponent(wellFormedHash(hash))).toBe(decoded);
  });

  test.each([['#intro'], ['#caf%C3%A9'], [''], ['#a%20b']])('%s is left alone', (hash) => {
    expect(wellFormedHash(hash)).toBe(hash);
  });

  test('a hash that is not a share link is not one, whatever it holds', () => {
    for (const hash of ['#garbage%%%notalink', '#%E0%A4%A', '#projects', '#', ''])
      expect(isShareHash(hash)).toBe(false);
  });

  test('a damaged link is refused with a ShareError, never anything else', () => {
    for (const hash of [
      '#project=1.abc%%%',
      '#project=1.',
      '#project=1.%E0%A4%A',
      '#project=',
      '#project=1.AAAA',
    ])
      expect(() => decodeShare(hash), hash).toThrowError(ShareError);
  });

  test('a link whose = was percent-encoded on the way still opens', () => {
    const hash = encodeShare({ name: 'homelab', files: EXAMPLES.homelab });
    expect(decodeShare('#' + hash.replace('=', '%3D'))).toEqual({ name: 'homelab', files: EXAMPLES.homelab });
  });
});

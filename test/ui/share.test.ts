// Share links: a project survives the round trip byte for byte; damaged links fail with a reason.
import { describe, expect, test } from 'vitest';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { decodeShare, encodeShare, isShareHash, ShareError } from '../../src/lib/ui/share';

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

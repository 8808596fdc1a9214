// Structural sharing: equal parts keep the previous objects, changed parts are new.
import { describe, expect, test } from 'vitest';
import { reuseUnchanged } from '../../src/lib/ui/reuse-unchanged';

describe('reuseUnchanged', () => {
  const previous = {
    hosts: { nas: { roles: ['server'], description: 'a' }, ws: { roles: ['desktop'] } },
    list: [1, 2],
  };

  test('an equal value is the previous object', () => {
    expect(reuseUnchanged(previous, structuredClone(previous))).toBe(previous);
  });

  test('a change makes new objects on its path only', () => {
    const next = structuredClone(previous);
    next.hosts.nas.description = 'b';
    const shared = reuseUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared).not.toBe(previous);
    expect(shared.hosts.nas).not.toBe(previous.hosts.nas);
    expect(shared.hosts.nas.roles).toBe(previous.hosts.nas.roles);
    expect(shared.hosts.ws).toBe(previous.hosts.ws);
    expect(shared.list).toBe(previous.list);
  });

  test('added, removed and retyped parts are taken from the new value', () => {
    expect(reuseUnchanged([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
    expect(reuseUnchanged({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    expect(reuseUnchanged({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } });
    expect(reuseUnchanged(null, { a: 1 })).toEqual({ a: 1 });
  });
});

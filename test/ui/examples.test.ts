// The examples the playground offers: the names and homelab come with the page, the other
// examples' files load when one is opened, each a fresh copy.
import { expect, test } from 'vitest';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { exampleFiles, exampleNames, hasExample } from '../../src/lib/ui/examples';

test('every generated example is offered, with fleet-50, homelab first', () => {
  expect(exampleNames().sort()).toEqual([...Object.keys(EXAMPLES), 'fleet-50'].sort());
  expect(exampleNames()[0]).toBe('homelab');
  expect(hasExample('fleet-50')).toBe(true);
  expect(hasExample('no-such-example')).toBe(false);
});

test('an example opens as a fresh copy of its files; an unknown name as null', async () => {
  for (const name of ['homelab', 'fleet', 'broken/unknown-role']) {
    const files = await exampleFiles(name);
    expect(files, name).toEqual(EXAMPLES[name]);
    expect(files, name).not.toBe(EXAMPLES[name]);
  }
  const fleet50 = await exampleFiles('fleet-50');
  expect(fleet50).not.toBeNull();
  expect(fleet50).not.toEqual(EXAMPLES.fleet);
  expect(await exampleFiles('no-such-example')).toBeNull();
});

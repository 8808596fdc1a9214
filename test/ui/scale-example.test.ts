// fleet-50, the generated example: it must be as clean as the fleet it grows from, with every
// host's modules evaluated (a module reading a port the generator forgot is a module-error).
import { expect, test } from 'vitest';
import { evaluateProject } from '../session';
import { EXAMPLES } from '../../src/lib/arbor/generated/examples';
import { scaleExample } from '../../src/lib/ui/scale-example';

test('fleet-50 has 50 hosts and no problems, modules included', () => {
  const result = evaluateProject(scaleExample(EXAMPLES.fleet), { modules: 'all', detail: 'check' });
  expect(Object.keys(result.model!.hosts)).toHaveLength(50);
  expect(result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line} (${d.host}): ${d.message}`)).toEqual(
    [],
  );
});

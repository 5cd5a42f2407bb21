import { expect, it } from 'vitest';
import { LIMITS } from '../extract/limits';
import { admitFiles } from './admit-files';

it('admits files up to the count and size of one import, refusing the rest with why', () => {
  const small = (name: string) => ({ name, size: 1 });
  const full = admitFiles({ files: LIMITS.batchFiles - 1, bytes: 0 }, [small('a'), small('b')]);
  expect(full.admitted.map((f) => f.name)).toEqual(['a']);
  expect(full.refused.map((r) => [r.file.name, r.problem.code])).toEqual([['b', 'batch-too-many-files']]);
  const heavy = admitFiles({ files: 0, bytes: LIMITS.batchBytes - 10 }, [{ name: 'big', size: 11 }, small('c')]);
  expect(heavy.admitted.map((f) => f.name)).toEqual(['c']);
  expect(heavy.refused[0]?.problem.code).toBe('batch-too-large');
});

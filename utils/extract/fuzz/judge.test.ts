import { describe, expect, it } from 'vitest';
import { combineReadings } from '../combine';
import type { ExtractOutcome } from '../types';
import { judge } from './judge';

const problem = (code: string, zh = '文件已损坏。', en = 'The file is damaged.') => ({ code, field: 'file', zh, en });
const draft = combineReadings([{ field: 'number', value: '24112000000048542163', source: 'xml', confidence: 1 }]);
const outcome = (o: Partial<ExtractOutcome>): ExtractOutcome => ({ kind: 'pdf', drafts: [], problems: [], ...o });

describe('judge', () => {
  it.each([
    ['a file read into a draft', outcome({ drafts: [draft] }), 'read'],
    ['a file rejected with a clear problem', outcome({ problems: [problem('pdf-corrupt')] }), 'rejected'],
  ] as const)('accepts %s', (_label, o, verdict) => {
    expect(judge(o)).toEqual({ verdict, faults: [] });
  });

  it.each([
    ['a reader error that escaped', outcome({ problems: [problem('extract-failed', '读取文件时出错：TypeError', 'Reading the file failed: TypeError')] }), 'unexpected error'],
    ['a problem without Chinese', outcome({ problems: [problem('x', 'broken')] }), 'unclear problem'],
    ['a problem without a code', outcome({ problems: [problem('')] }), 'unclear problem'],
    ['neither drafts nor problems', outcome({}), 'neither read nor rejected'],
    ['a draft without a number', outcome({ drafts: [combineReadings([])] }), 'without an invoice number'],
    ['a file echoed into the outcome', outcome({ drafts: [draft], problems: [problem('x', `坏${'x'.repeat(40_000)}`)] }), 'characters in the outcome'],
  ])('finds a fault in %s', (_label, o, fault) => {
    expect(judge(o).faults.join('; ')).toContain(fault);
  });
});

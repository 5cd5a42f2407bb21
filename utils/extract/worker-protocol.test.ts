import { expect, it } from 'vitest';
import { isFromWorker } from './worker-protocol';

it.each([
  [{ type: 'progress', id: 3, stage: 'ocr', fraction: 0.5 }, true],
  [{ type: 'done', id: 3, outcome: { kind: 'pdf', drafts: [], problems: [] }, ms: 1 }, true],
  // What pdf.js's in-thread worker posts through the same global.
  [{ sourceName: 'worker', targetName: 'main', action: 'test', data: {} }, false],
  [{ type: 'done' }, false],
  [null, false],
  ['done', false],
])('tells the import’s own messages from others: %j', (data, ours) => {
  expect(isFromWorker(data)).toBe(ours);
});

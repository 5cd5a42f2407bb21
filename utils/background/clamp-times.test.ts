import { describe, expect, it } from 'vitest';
import { aScope, aSighting } from '../reconcile/test-fixtures';
import { clampTimes } from './clamp-times';

describe('clampTimes', () => {
  it('pulls every future time back to now and leaves past ones alone', () => {
    const now = 1_000;
    const obs = clampTimes(
      {
        scope: aScope({ at: 5_000 }),
        sightings: [aSighting({ seenAt: 9_999 }), aSighting({ seenAt: 10 })],
        signals: [{ kind: 'offline', at: 2_000, text: '', page: '/p' }],
        taxpayer: { taxId: 'X', at: 4_000 },
      },
      now,
    );
    expect([obs.scope?.at, ...obs.sightings.map((s) => s.seenAt), obs.signals[0]?.at, obs.taxpayer?.at]).toEqual([now, now, 10, now, now]);
  });
});

import { allOrNothing } from './repository';

/** Thrown inside a write when what it was planned against has changed since; the transaction is then undone. */
export class Conflict extends Error {
  constructor(readonly key: string) {
    super(`conflict on ${key}`);
  }
}

/** Commits the writes, or undoes all of them and names the invoice that changed since the plan. */
export async function commitUnlessChanged(tx: { abort(): void; done: Promise<void> }, writes: Promise<unknown>[]): Promise<{ conflicts: string[] } | null> {
  try {
    await allOrNothing(tx, writes);
  } catch (error) {
    if (error instanceof Conflict) return { conflicts: [error.key] };
    throw error;
  }
  return null;
}

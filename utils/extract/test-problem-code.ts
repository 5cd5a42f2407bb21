import { ExtractError } from './extract-error';

/** For tests: the problem code a reader throws, or a note of anything else it did. */
export function problemCodeOf(read: () => unknown): string | undefined {
  try {
    read();
  } catch (e) {
    return e instanceof ExtractError ? e.problem.code : `threw ${String(e)}`;
  }
  return undefined;
}

import type { Problem } from '../invoice/model';
import { problem } from '../invoice/problem';

/** A file that cannot be read at all. Thrown inside extractors, turned into a file-level problem by the pipeline. */
export class ExtractError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.en);
    this.name = 'ExtractError';
  }
}

export function fileError(code: string, zh: string, en: string): ExtractError {
  return new ExtractError(problem(code, 'file', zh, en));
}

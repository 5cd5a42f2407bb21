import type { Problem } from '../invoice/model';
import { formatBytes, LIMITS } from '../extract/limits';

/**
 * Which of the files dropped fit in the import: up to LIMITS.batchFiles files and LIMITS.batchBytes bytes in all,
 * counting those already in it. The rest are refused, each with why, and never read.
 */
export function admitFiles<F extends { size: number }>(already: { files: number; bytes: number }, incoming: readonly F[]): { admitted: F[]; refused: Array<{ file: F; problem: Problem }> } {
  let files = already.files;
  let bytes = already.bytes;
  const admitted: F[] = [];
  const refused: Array<{ file: F; problem: Problem }> = [];
  for (const file of incoming) {
    if (files + 1 > LIMITS.batchFiles) {
      refused.push({
        file,
        problem: {
          code: 'batch-too-many-files',
          field: 'file',
          zh: `一次最多导入 ${LIMITS.batchFiles} 个文件，这个文件没有读取；请先保存本次导入，再导入其余文件。`,
          en: `One import takes at most ${LIMITS.batchFiles} files; this one was not read. Save this import, then import the rest.`,
        },
      });
    } else if (bytes + file.size > LIMITS.batchBytes) {
      refused.push({
        file,
        problem: {
          code: 'batch-too-large',
          field: 'file',
          zh: `一次导入的文件合计不能超过 ${formatBytes(LIMITS.batchBytes)}，这个文件没有读取；请先保存本次导入，再导入其余文件。`,
          en: `The files of one import may total at most ${formatBytes(LIMITS.batchBytes)}; this one was not read. Save this import, then import the rest.`,
        },
      });
    } else {
      files++;
      bytes += file.size;
      admitted.push(file);
    }
  }
  return { admitted, refused };
}

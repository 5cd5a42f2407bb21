// The dashboard's import worker: reads files off the page's thread. It only wires the extractors to messages.
import { browserPlatform } from '@/utils/extract/browser-platform';
import { extractFile } from '@/utils/extract/extract-file';
import type { ExtractPlatform } from '@/utils/extract/platform';
import type { OnProgress } from '@/utils/extract/progress';
import { readPastedRows } from '@/utils/extract/sheet/read-sheet';
import { ExtractError } from '@/utils/extract/extract-error';
import type { ExtractOutcome } from '@/utils/extract/types';
import type { FromWorker, JobContext, ToWorker } from '@/utils/extract/worker-protocol';

let platform: ExtractPlatform | null = null;
let queue: Promise<void> = Promise.resolve();

function post(message: FromWorker): void {
  self.postMessage(message);
}

function sheetContext(context: JobContext) {
  return {
    modifiedAt: context.modifiedAt,
    taxpayerId: context.taxpayerId,
    savedMapping: (signature: string) => context.mappings[signature],
  };
}

function readPaste(text: string, context: JobContext): ExtractOutcome {
  try {
    return readPastedRows(text, sheetContext(context));
  } catch (error) {
    if (error instanceof ExtractError) return { kind: 'csv', drafts: [], problems: [error.problem] };
    throw error;
  }
}

async function run(message: Exclude<ToWorker, { type: 'init' }>): Promise<void> {
  const started = performance.now();
  const onProgress: OnProgress = (stage, fraction) => post({ type: 'progress', id: message.id, stage, fraction });
  const outcome =
    message.type === 'paste'
      ? readPaste(message.text, message.context)
      : await extractFile(new Uint8Array(message.bytes), message.name, {
          platform: platform!,
          onProgress,
          onPartial: (outcome) => post({ type: 'partial', id: message.id, outcome }),
          ...sheetContext(message.context),
        });
  post({ type: 'done', id: message.id, outcome, ms: Math.round(performance.now() - started) });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'init') {
    platform = browserPlatform(message.assets);
    return;
  }
  // One file at a time: two OCR jobs at once would only fight over two cores.
  queue = queue.then(() => run(message));
};

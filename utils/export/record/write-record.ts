import { RECORD_FORMAT, RECORD_VERSION, type RecordData, type RecordHeader } from './record-schema';

/** Items per yielded part: small enough that serialising one never holds the page up noticeably. */
const PART_ITEMS = 1000;

function* arrayParts(name: string, items: readonly unknown[], last: boolean): Generator<string> {
  if (!items.length) {
    yield `  ${JSON.stringify(name)}: []${last ? '' : ','}\n`;
    return;
  }
  yield `  ${JSON.stringify(name)}: [\n`;
  for (let i = 0; i < items.length; i += PART_ITEMS) {
    const end = Math.min(i + PART_ITEMS, items.length);
    const lines = items.slice(i, end).map((item) => `    ${JSON.stringify(item)}`);
    yield lines.join(',\n') + (end < items.length ? ',\n' : '\n');
  }
  yield `  ]${last ? '' : ','}\n`;
}

/**
 * The record as JSON, in parts a caller can write out with pauses between them. One invoice, sighting or query
 * per line, so a diff or a text editor shows a record readably even at 100,000 sightings.
 */
export function* recordParts(data: RecordData, header: Omit<RecordHeader, 'format' | 'version'>): Generator<string> {
  const head: RecordHeader = { format: RECORD_FORMAT, version: RECORD_VERSION, ...header };
  yield '{\n';
  for (const [name, value] of Object.entries(head)) yield `  ${JSON.stringify(name)}: ${JSON.stringify(value)},\n`;
  yield `  "taxpayer": ${JSON.stringify(data.taxpayer)},\n`;
  const arrays = [
    ['invoices', data.invoices],
    ['sightings', data.sightings],
    ['scopes', data.scopes],
    ['signals', data.signals],
    ['verifications', data.verifications],
    ['activity', data.activity],
    ['files', data.files],
    ['sheetMappings', data.sheetMappings],
    ['annotations', data.annotations],
  ] as const satisfies ReadonlyArray<readonly [keyof RecordData, readonly unknown[]]>;
  for (const [i, [name, items]] of arrays.entries()) yield* arrayParts(name, items, i === arrays.length - 1);
  yield '}\n';
}

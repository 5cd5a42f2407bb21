import { useMemo } from 'preact/hooks';
import { filterRows, indexRows, isFiltering, type ListCriteria, type ListIndex } from '@/utils/list/filters';
import type { ListRow } from '@/utils/messages';

const NONE: readonly ListRow[] = [];

/** One index per fetched list, built when a filter first needs it: the first draw of 10,000 rows waits for none. */
const indexes = new WeakMap<readonly ListRow[], ListIndex>();
function indexOf(rows: readonly ListRow[]): ListIndex {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = indexRows(rows)));
  return index;
}

/**
 * The rows the criteria leave. Search texts are built once per fetch; a keystroke then only scans them, and with no
 * criterion the fetched array itself is shown.
 */
export function useListView(rows: readonly ListRow[] | undefined, criteria: ListCriteria) {
  const all = rows ?? NONE;
  const filtering = isFiltering(criteria);
  const shown = useMemo(() => (filtering ? filterRows(all, indexOf(all), criteria) : all), [all, criteria, filtering]);
  /** Keys for an export of just what the list shows; null when nothing is filtered. */
  const filteredKeys = useMemo(() => (filtering ? shown.map((r) => r.invoice.key) : null), [shown, filtering]);
  return { shown, filteredKeys };
}

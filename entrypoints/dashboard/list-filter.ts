import type { StatusRow } from '@/utils/messages';
import { statusText, type BilingualText } from '@/utils/ui-text';

/** The list's status filter; an export can take just what it shows. */
export const LIST_FILTERS = {
  all: { zh: '全部', en: 'All' },
  'not-visible': { zh: `${statusText('missing').zh}或${statusText('not-yet-searched').zh}`, en: `${statusText('missing').en} or not searched` },
  problem: statusText('visible-with-problem'),
  visible: statusText('visible'),
} as const satisfies Record<string, BilingualText>;
export type ListFilter = keyof typeof LIST_FILTERS;

const MATCHES: Record<ListFilter, (row: StatusRow) => boolean> = {
  all: () => true,
  'not-visible': (r) => r.status === 'missing' || r.status === 'not-yet-searched',
  problem: (r) => r.status === 'visible-with-problem',
  visible: (r) => r.status === 'visible',
};

export function filterRows(rows: readonly StatusRow[], filter: ListFilter): StatusRow[] {
  return rows.filter(MATCHES[filter]);
}

import type { StatusRow } from '@/utils/messages';
import type { BilingualText } from '@/utils/ui-text';

/** The list's status filter; an export can take just what it shows. */
export const LIST_FILTERS = {
  all: { zh: '全部', en: 'All' },
  'not-visible': { zh: '未看到或待查询', en: 'Not visible or not searched' },
  problem: { zh: '已看到但有问题', en: 'Visible with a problem' },
  visible: { zh: '已看到', en: 'Visible' },
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

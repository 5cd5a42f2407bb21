import { possibleTypeCodes } from '../../reconcile/invoice-types';
import { filterFinding, type FilterSpec } from '../filter-finding';
import { typeName } from '../labels';
import { filterCandidates } from '../relevant-groups';
import { ruledOutBySighting } from '../seen';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('发票票种筛选', 'Invoice type filter');
const SELECT_ALL = t('查询条件的票种选“全部”后重新查询。', 'Set the invoice type to all and query again.');

/**
 * The dashboard form has no type field, so a manual 数电 invoice may be any of 81/82/85/86. The filter is the
 * cause only when it leaves out the recorded type, or every type the invoice may have; when it admits some of
 * them it may or may not have hidden the invoice: unknown, with the step that settles it.
 */
export function checkTypeFilter(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'type-filter', TITLE);
  if (seen) return seen;
  const possible = possibleTypeCodes(ctx.expected);
  const known = ctx.expected.typeCode ? typeName(ctx.expected.typeCode) : null;
  const spec: FilterSpec = {
    id: 'type-filter',
    filter: 'typeCodes',
    name: typeName,
    title: TITLE,
    causeTitle: t('查询的票种筛选漏掉了它', 'The type filter leaves it out'),
    field: t('发票票种', 'invoice type'),
    hides: (left) => left.length === (possible ?? []).length,
    consequence: (_left, sure) =>
      known
        ? t(`这张发票是${known.zh}`, `this invoice is a ${known.en}`)
        : sure
          ? t('按号码推断它只可能是未选的票种', 'judging by its number it can only be one of the types left out')
          : t(
              '登记里没有票种，它若是未选的票种就不会显示',
              'the record has no type, and an invoice of a type left out would not be listed',
            ),
    selectAll: SELECT_ALL,
  };
  const groups = filterCandidates(ctx);
  if (possible === null && groups.length > 0) {
    // Nothing tells the type: only a query without a type filter rules the filter out.
    const open = groups.some((g) => !g.scope.encrypted && g.scope.typeCodes.length === 0);
    return open
      ? {
          id: 'type-filter',
          verdict: 'ok',
          title: TITLE,
          evidence: t('有查询未限制票种。', 'A query had no type filter.'),
        }
      : {
          id: 'type-filter',
          verdict: 'unknown',
          title: TITLE,
          evidence: t(
            '登记里没有票种，无法判断查询的票种筛选是否包含它。',
            'The record has no type, so the type filter cannot be judged.',
          ),
          next: { text: SELECT_ALL },
        };
  }
  return filterFinding(spec, groups, possible ?? []);
}

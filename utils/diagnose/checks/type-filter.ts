import { possibleTypeCodes } from '../../reconcile/invoice-types';
import { filterFinding, type FilterSpec } from '../filter-finding';
import { codeLabel, TYPE_NAMES } from '../labels';
import { filterCandidates } from '../relevant-groups';
import { ruledOutBySighting } from '../seen';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('发票票种筛选', 'Invoice type filter');

export function checkTypeFilter(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'type-filter', TITLE);
  if (seen) return seen;
  const possible = possibleTypeCodes(ctx.expected);
  const known = ctx.expected.typeCode ? codeLabel(TYPE_NAMES, ctx.expected.typeCode) : null;
  const spec: FilterSpec = {
    id: 'type-filter',
    filter: 'typeCodes',
    names: TYPE_NAMES,
    title: TITLE,
    causeTitle: t('查询的票种筛选漏掉了它', 'The type filter leaves it out'),
    field: t('发票票种', 'invoice type'),
    consequence: () =>
      known
        ? t(`这张发票是${known.zh}`, `this invoice is a ${known.en}`)
        : t('按号码推断它可能是未选的票种', 'judging by its number it may be one of the types left out'),
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
        };
  }
  return filterFinding(spec, groups, possible ?? []);
}

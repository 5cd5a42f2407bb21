import type { QueryScope } from '../invoice/model';
import { excludedBy } from '../reconcile/scope-fit';
import type { QueryGroup } from '../reconcile/query-groups';
import { codeLabel } from './labels';
import { describeScope, joinTexts, t } from './text';
import type { CheckId, Finding, Text } from './types';

export interface FilterSpec {
  id: Extract<CheckId, 'status-filter' | 'type-filter'>;
  filter: 'statusCodes' | 'typeCodes';
  names: Readonly<Record<string, Text>>;
  title: Text;
  causeTitle: Text;
  /** What the portal field is called, e.g. 发票状态. */
  field: Text;
  /** Why the left-out values matter, e.g. "若已作废或红冲就不会显示". */
  consequence: (left: readonly string[]) => Text;
}

function labels(codes: readonly string[], names: Readonly<Record<string, Text>>): Text {
  return joinTexts(codes.map((c) => codeLabel(names, c)));
}

/**
 * Shared by the status and type filter checks: the query passes when one relevant query admitted every value the
 * invoice may have; it is unknown when a query hid its filters.
 */
export function filterFinding(spec: FilterSpec, groups: readonly QueryGroup[], possible: readonly string[]): Finding {
  const { id, title } = spec;
  if (groups.length === 0) {
    return { id, verdict: 'unknown', title, evidence: t('没有成功的查询。', 'No successful query.') };
  }
  let narrowest: { scope: QueryScope; left: string[] } | null = null;
  for (const g of groups) {
    const left = excludedBy(g.scope, spec.filter, possible);
    if (left === null) continue;
    if (left.length === 0) {
      const all = g.scope[spec.filter].length === 0 ? t('全部', 'all') : labels(g.scope[spec.filter], spec.names);
      return {
        id,
        verdict: 'ok',
        title,
        evidence: t(
          `查询 ${describeScope(g.scope).zh} 的${spec.field.zh}为：${all.zh}。`,
          `Query ${describeScope(g.scope).en} had ${spec.field.en}: ${all.en}.`,
        ),
      };
    }
    if (!narrowest || left.length < narrowest.left.length) narrowest = { scope: g.scope, left };
  }
  if (!narrowest || groups.some((g) => excludedBy(g.scope, spec.filter, possible) === null)) {
    return {
      id,
      verdict: 'unknown',
      title,
      evidence: t(
        `查询请求已加密，看不到${spec.field.zh}筛选。`,
        `The query request was encrypted; its ${spec.field.en} filter is not visible.`,
      ),
    };
  }
  const chosen = labels(narrowest.scope[spec.filter], spec.names);
  const left = labels(narrowest.left, spec.names);
  const consequence = spec.consequence(narrowest.left);
  return {
    id,
    verdict: 'cause',
    title: spec.causeTitle,
    evidence: t(
      `查询 ${describeScope(narrowest.scope).zh} 的${spec.field.zh}只选了 ${chosen.zh}，未含 ${left.zh}；${consequence.zh}。`,
      `Query ${describeScope(narrowest.scope).en} had ${spec.field.en} ${chosen.en} only, not ${left.en}; ${consequence.en}.`,
    ),
    next: { text: t(`把「${spec.field.zh}」选为全部后重新查询。`, `Set ${spec.field.en} to all and query again.`) },
  };
}

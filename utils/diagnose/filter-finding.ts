import type { QueryScope } from '../invoice/model';
import { excludedBy } from '../reconcile/scope-fit';
import type { QueryGroup } from '../reconcile/query-groups';
import { describeScope, joinTexts, t } from './text';
import type { CheckId, Finding, Text } from './types';

export interface FilterSpec {
  id: Extract<CheckId, 'status-filter' | 'type-filter'>;
  filter: 'statusCodes' | 'typeCodes';
  /** What the user calls a value of the filter (`已作废`), never its code. */
  name: (code: string) => Text;
  title: Text;
  causeTitle: Text;
  /** What the portal field is called, e.g. 发票状态. */
  field: Text;
  /**
   * Whether leaving out `left` (values the invoice may have) surely hides it: the cause. Otherwise the filter only
   * may hide it, and the verdict is unknown: the unseen invoice's value is not known, and guessing is not allowed.
   */
  hides: (left: readonly string[]) => boolean;
  /** Why the left-out values matter, e.g. "发票若已作废或红冲就不会显示"; `sure`: whether hides() held. */
  consequence: (left: readonly string[], sure: boolean) => Text;
  /** The next step, e.g. 查询条件的票种选“全部”后重新查询。 */
  selectAll: Text;
}

function labels(codes: readonly string[], name: FilterSpec['name']): Text {
  return joinTexts(codes.map(name));
}

interface Narrowest {
  scope: QueryScope;
  left: string[];
}

function narrower(prev: Narrowest | null, scope: QueryScope, left: string[]): Narrowest {
  return !prev || left.length < prev.left.length ? { scope, left } : prev;
}

function filterText(spec: FilterSpec, n: Narrowest, sure: boolean): Text {
  const chosen = labels(n.scope[spec.filter], spec.name);
  const left = labels(n.left, spec.name);
  const consequence = spec.consequence(n.left, sure);
  const q = describeScope(n.scope);
  return t(
    `查询 ${q.zh} 的${spec.field.zh}只选了 ${chosen.zh}，未含 ${left.zh}；${consequence.zh}。`,
    `Query ${q.en} had ${spec.field.en} ${chosen.en} only, not ${left.en}; ${consequence.en}.`,
  );
}

/**
 * Shared by the status and type filter checks: the filter passes when one relevant query admitted every value the
 * invoice may have; it is the cause only when every relevant query left out what surely hides it (spec.hides); a
 * query that may or may not have hidden it, or hid its filters, leaves it unknown.
 */
export function filterFinding(spec: FilterSpec, groups: readonly QueryGroup[], possible: readonly string[]): Finding {
  const { id, title } = spec;
  if (groups.length === 0) {
    return { id, verdict: 'unknown', title, evidence: t('没有成功的查询。', 'No successful query.') };
  }
  let hiding: Narrowest | null = null;
  let partial: Narrowest | null = null;
  let encrypted = false;
  for (const g of groups) {
    const left = excludedBy(g.scope, spec.filter, possible);
    if (left === null) {
      encrypted = true;
      continue;
    }
    if (left.length === 0) {
      const all = g.scope[spec.filter].length === 0 ? t('全部', 'all') : labels(g.scope[spec.filter], spec.name);
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
    if (spec.hides(left)) hiding = narrower(hiding, g.scope, left);
    else partial = narrower(partial, g.scope, left);
  }
  const next = { text: spec.selectAll };
  if (partial) return { id, verdict: 'unknown', title, evidence: filterText(spec, partial, false), next };
  if (encrypted || !hiding) {
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
  return { id, verdict: 'cause', title: spec.causeTitle, evidence: filterText(spec, hiding, true), next };
}

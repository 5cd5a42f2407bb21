import type { Direction } from '../../invoice/model';
import { directionFits } from '../../reconcile/scope-fit';
import { wantedDirection } from '../context';
import { DIRECTION_NAMES } from '../labels';
import { monthOf } from '../local-time';
import { directionCandidates } from '../relevant-groups';
import { ruledOutBySighting } from '../seen';
import { describeScope, t } from '../text';
import type { DiagnosisContext, Finding, Text } from '../types';

const TITLE = t('查询类型（开具/取得）', 'Query direction (issued/received)');

function why(wanted: Direction): Text {
  return wanted === 'received'
    ? t(
        '这张发票开给本单位，应在「取得发票」中查询（代开发票也在「取得发票」中）',
        'it was issued to us, so it is listed under 取得发票 (so are invoices issued on the seller’s behalf, 代开)',
      )
    : t('这张发票由本单位开具，应在「开具发票」中查询', 'we issued it, so it is listed under 开具发票');
}

export function checkDirection(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'direction', TITLE);
  if (seen) return seen;
  const wanted = wantedDirection(ctx);
  if (wanted === null) {
    return {
      id: 'direction',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(
        '购买方不是当前登录单位，见「登录单位」一项。',
        'The buyer is not the logged-in taxpayer; see the taxpayer check.',
      ),
    };
  }
  const groups = directionCandidates(ctx);
  if (groups.length === 0) {
    return {
      id: 'direction',
      verdict: 'unknown',
      title: TITLE,
      evidence: t('没有成功的查询。', 'No successful query.'),
    };
  }
  const name = DIRECTION_NAMES[wanted];
  if (groups.some((g) => directionFits(g.scope, wanted) === true)) {
    return {
      id: 'direction',
      verdict: 'ok',
      title: TITLE,
      evidence: t(`已按「${name.zh}」查询。`, `Searched ${name.en} invoices.`),
    };
  }
  if (groups.some((g) => directionFits(g.scope, wanted) === null)) {
    return {
      id: 'direction',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(
        '部分查询的类型未知（请求已加密）。',
        'The direction of some queries is unknown (encrypted request).',
      ),
    };
  }
  const other = DIRECTION_NAMES[wanted === 'received' ? 'issued' : 'received'];
  const reason = why(wanted);
  const example = describeScope(groups[0]!.scope);
  const month = monthOf(ctx.expected.date);
  return {
    id: 'direction',
    verdict: 'cause',
    title: t(`只查了「${other.zh}」`, `Only ${other.en} invoices were searched`),
    evidence: t(
      `所查的都是「${other.zh}」（如 ${example.zh}）；${reason.zh}。`,
      `Every query was for ${other.en} invoices (e.g. ${example.en}); ${reason.en}.`,
    ),
    next: {
      text: t(`把查询类型改为「${name.zh}」后重新查询。`, `Switch the query type to ${name.en} and query again.`),
      action: { kind: 'widen-query', direction: wanted, dateFrom: month.from, dateTo: month.to },
    },
  };
}

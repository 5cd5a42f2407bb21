import { currentTaxId } from '../context';
import { datedGroups } from '../relevant-groups';
import { plural, describeScope, money, t } from '../text';
import type { DiagnosisContext, Finding, Text } from '../types';

const TITLE = t('联系销售方 / 向 12366 反映', 'Ask the seller / report to 12366');
const MAX_QUERIES_LISTED = 5;

function sellerMessage(ctx: DiagnosisContext): Text {
  const inv = ctx.expected;
  const buyer = [inv.buyerName, inv.buyerTaxId ?? currentTaxId(ctx)].filter(Boolean).join('，税号 ');
  return t(
    [
      '【发给销售方】',
      `您好！我单位（${buyer || '购买方'}）在电子税务局「全量发票查询」中查不到贵司开具的以下发票：`,
      `发票号码：${inv.key}；开票日期：${inv.date}；价税合计：${money(inv.total)}。`,
      `请帮忙确认：1. 发票是否已开具成功并已交付；2. 购买方名称和税号是否正确${inv.buyerTaxId ? `（应为 ${inv.buyerTaxId}）` : ''}；3. 号码、日期、金额是否与上面一致；4. 是否已作废或红冲。谢谢！`,
    ].join('\n'),
    [
      '[To the seller]',
      `Hello, we (${buyer || 'the buyer'}) cannot find the following invoice from you in 全量发票查询 on the e-tax portal:`,
      `number ${inv.key}; date ${inv.date}; total ${money(inv.total)}.`,
      `Please confirm: 1. it was issued and delivered; 2. the buyer name and tax ID are right${inv.buyerTaxId ? ` (${inv.buyerTaxId})` : ''}; 3. number, date and total match; 4. it was not voided or red-flushed. Thank you.`,
    ].join('\n'),
  );
}

function queriesTried(ctx: DiagnosisContext): Text {
  // Queries made once the invoice could be listed, else the early ones (date-range names that as the cause).
  const lines = datedGroups(ctx)
    .slice(0, MAX_QUERIES_LISTED)
    .map((g) => {
      const q = describeScope(g.scope);
      const count =
        g.total === null
          ? t(`读取 ${g.rowsRead} 条`, `${plural(g.rowsRead, 'row')} read`)
          : t(`共 ${g.total} 条，读取 ${g.rowsRead} 条`, `${plural(g.total, 'row')}, ${g.rowsRead} read`);
      return t(`- ${q.zh}（${count.zh}）`, `- ${q.en} (${count.en})`);
    });
  return lines.length
    ? t(lines.map((l) => l.zh).join('\n'), lines.map((l) => l.en).join('\n'))
    : t('- （无）', '- (none)');
}

function report12366(ctx: DiagnosisContext, others: readonly Finding[]): Text {
  const inv = ctx.expected;
  const who = [ctx.taxpayer?.name, currentTaxId(ctx)].filter(Boolean).join(' ');
  const seller = [inv.sellerName, inv.sellerTaxId].filter(Boolean).join(' ') || '未登记';
  const checked = others.map((f) => t(`- ${f.title.zh}：${f.evidence.zh}`, `- ${f.title.en}: ${f.evidence.en}`));
  return t(
    [
      '【向 12366 反映】',
      `纳税人 ${who || '（本单位）'}：取得的发票在电子税务局「全量发票查询」中查不到，请协助核实是否已归集到本单位。`,
      `发票信息：发票号码 ${inv.key}；开票日期 ${inv.date}；价税合计 ${money(inv.total)}；销售方 ${seller}。`,
      '已做的查询：',
      queriesTried(ctx).zh,
      '已排查：',
      ...checked.map((c) => c.zh),
    ].join('\n'),
    [
      '[Report to 12366]',
      `Taxpayer ${who || '(us)'}: a received invoice cannot be found in 全量发票查询; please check whether it reached our account.`,
      `Invoice: number ${inv.key}; date ${inv.date}; total ${money(inv.total)}; seller ${inv.sellerName ?? ''} ${inv.sellerTaxId ?? '(not recorded)'}.`,
      'Queries made:',
      queriesTried(ctx).en,
      'Checked:',
      ...checked.map((c) => c.en),
    ].join('\n'),
  );
}

/** The last resort: runs after every other check, because it is only the next step when none of them explains it. */
export function checkEscalate(ctx: DiagnosisContext, others: readonly Finding[]): Finding {
  if (ctx.result.status === 'visible') {
    return {
      id: 'escalate',
      verdict: 'ok',
      title: TITLE,
      evidence: t('门户已显示这张发票，无需反映。', 'The portal shows this invoice; nothing to report.'),
    };
  }
  const cause = others.find((f) => f.verdict === 'cause');
  if (cause) {
    return {
      id: 'escalate',
      verdict: 'ok',
      title: TITLE,
      evidence: t(
        `已由「${cause.title.zh}」解释，先按该项处理。`,
        `Explained by "${cause.title.en}"; act on that first.`,
      ),
    };
  }
  const seller = sellerMessage(ctx);
  const report = report12366(ctx, others);
  // 查验 says the invoice exists, and a complete, well-aimed search cannot list it: the platform has not filed it
  // under this taxpayer, which only the seller or the tax office can fix.
  const confirmed = ctx.verification?.key === ctx.expected.key && ctx.verification.outcome === 'match';
  const provedMissing = confirmed && ctx.result.status === 'missing';
  return {
    id: 'escalate',
    verdict: provedMissing ? 'cause' : 'unknown',
    title: TITLE,
    evidence: provedMissing
      ? t(
          '查验平台确认发票存在且信息一致，按正确条件完整查询后门户仍不显示：发票没有归集到本单位。',
          'The national verification confirms the invoice, yet a complete, correctly aimed query does not list it: it has not reached our account.',
        )
      : t('以上检查都没有找到原因。', 'None of the checks above found a cause.'),
    next: {
      text: t(
        '先把消息发给销售方；仍查不到就致电 12366 或在电子税务局「征纳互动」提交，记下工单号，3 个工作日后跟进。',
        'Send the message to the seller first; if it still does not show, call 12366 or file it via 征纳互动 on the portal, note the ticket number and follow up after 3 working days.',
      ),
      action: { kind: 'copy-text', text: t(`${seller.zh}\n\n${report.zh}`, `${seller.en}\n\n${report.en}`) },
    },
  };
}

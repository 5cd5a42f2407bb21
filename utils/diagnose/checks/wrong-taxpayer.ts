import { currentTaxId, queryPageUrl } from '../context';
import { scopeFacts } from '../scope-facts';
import { ruledOutBySighting } from '../seen';
import { t } from '../text';
import type { DiagnosisContext, Finding } from '../types';

const TITLE = t('登录单位与购买方', 'Logged-in taxpayer vs buyer');

export function checkWrongTaxpayer(ctx: DiagnosisContext): Finding {
  const seen = ruledOutBySighting(ctx, 'wrong-taxpayer', TITLE);
  if (seen) return seen;
  const taxId = currentTaxId(ctx);
  const { buyerTaxId: buyer, sellerTaxId: seller } = ctx.expected;
  if (taxId !== null && seller === taxId && buyer !== taxId) {
    return {
      id: 'wrong-taxpayer',
      verdict: 'ok',
      title: TITLE,
      evidence: t(
        `销售方就是登录单位 ${taxId}（本单位开具的发票）。`,
        `The seller is the logged-in taxpayer ${taxId} (an invoice we issued).`,
      ),
    };
  }
  if (!buyer || taxId === null) {
    const missing = !buyer
      ? t('登记里没有购买方税号', 'the record has no buyer tax ID')
      : t('还不知道电子税务局登录的是哪家单位', 'the logged-in taxpayer is not known yet');
    return {
      id: 'wrong-taxpayer',
      verdict: 'unknown',
      title: TITLE,
      evidence: t(`无法比对：${missing.zh}。`, `Cannot compare: ${missing.en}.`),
    };
  }
  const queriedAs = scopeFacts(ctx.scopes).okTaxpayerIds;
  if (queriedAs.has(buyer) || (buyer === taxId && queriedAs.size === 0)) {
    return {
      id: 'wrong-taxpayer',
      verdict: 'ok',
      title: TITLE,
      evidence: t(`购买方 ${buyer} 就是查询时登录的单位。`, `The buyer ${buyer} is the taxpayer that queried.`),
    };
  }
  if (buyer === taxId) {
    const others = [...queriedAs].join('、');
    return {
      id: 'wrong-taxpayer',
      verdict: 'cause',
      title: t('查询时登录的不是购买方', 'The queries ran as another taxpayer'),
      evidence: t(
        `现在登录的是购买方 ${buyer}，但记录到的查询都是以 ${others} 的身份做的。`,
        `The buyer ${buyer} is logged in now, but the recorded queries ran as ${[...queriedAs].join(', ')}.`,
      ),
      next: {
        text: t('以购买方身份重新查询一次。', 'Query again as the buyer.'),
        action: { kind: 'open-url', url: queryPageUrl(ctx) },
      },
    };
  }
  const name = ctx.taxpayer?.name ? `${ctx.taxpayer.name} ` : '';
  return {
    id: 'wrong-taxpayer',
    verdict: 'cause',
    title: t('购买方不是当前登录单位', 'The buyer is not the logged-in taxpayer'),
    evidence: t(
      `发票购买方税号 ${buyer}，当前登录单位 ${name}${taxId}。若 ${buyer} 是本单位的旧税号：开给旧税号的发票不会关联到新税号。`,
      `The buyer tax ID is ${buyer}, the logged-in taxpayer is ${name}${taxId}. If ${buyer} is our old tax ID: invoices issued to an old ID are not linked to the new one.`,
    ),
    next: {
      text: t(
        `核对登记的购买方税号；若发票确实开给了 ${buyer}，请用该单位登录查询；若是旧税号，请销售方红冲后按 ${taxId} 重开。`,
        `Check the recorded buyer tax ID; if the invoice really went to ${buyer}, log in as that taxpayer; if it is an old ID, ask the seller to red-flush and reissue to ${taxId}.`,
      ),
    },
  };
}

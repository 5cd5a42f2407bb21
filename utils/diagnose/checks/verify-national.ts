import { VERIFIED_BY_AMOUNT_TYPES } from '../../invoice/code-tables';
import type { ExpectedInvoice } from '../../invoice/model';
import { VERIFY_URL } from '../labels';
import { joinTexts, t } from '../text';
import type { DiagnosisContext, Finding, Text } from '../types';

const TITLE = t('全国增值税发票查验', 'National invoice verification');

/** What to type on the 查验 page: 数电 by 价税合计, legacy 专票 by 金额, legacy 普票 by 校验码后 6 位. */
function fieldsToType(inv: ExpectedInvoice): Text {
  const parts: Text[] = [];
  if (inv.code) parts.push(t(`发票代码 ${inv.code}`, `code ${inv.code}`));
  parts.push(t(`发票号码 ${inv.number}`, `number ${inv.number}`), t(`开票日期 ${inv.date}`, `date ${inv.date}`));
  if (inv.kind === 'shudian') parts.push(t(`价税合计 ${inv.total}`, `total incl. tax ${inv.total}`));
  else if (inv.typeCode && VERIFIED_BY_AMOUNT_TYPES.includes(inv.typeCode))
    parts.push(
      inv.amount
        ? t(`金额（不含税）${inv.amount}`, `amount excl. tax ${inv.amount}`)
        : t('金额（不含税，见发票）', 'amount excl. tax (see the invoice)'),
    );
  else if (inv.checkCode)
    parts.push(
      t(`校验码后 6 位 ${inv.checkCode.slice(-6)}`, `last 6 digits of the check code ${inv.checkCode.slice(-6)}`),
    );
  else if (inv.amount)
    parts.push(
      t(
        `金额（不含税）${inv.amount} 或校验码后 6 位`,
        `amount excl. tax ${inv.amount} or the check code's last 6 digits`,
      ),
    );
  else
    parts.push(
      t(
        '金额（不含税）或校验码后 6 位（见发票）',
        'amount excl. tax or the check code’s last 6 digits (see the invoice)',
      ),
    );
  return joinTexts(parts, '，', ', ');
}

function goVerify(ctx: DiagnosisContext): NonNullable<Finding['next']> {
  const fields = fieldsToType(ctx.expected);
  return {
    text: t(
      `在查验平台输入：${fields.zh}，再自行输入验证码。`,
      `On the verification site enter: ${fields.en}; then type the captcha yourself.`,
    ),
    action: { kind: 'open-url', url: VERIFY_URL },
  };
}

export function checkVerifyNational(ctx: DiagnosisContext): Finding {
  const v = ctx.verification?.key === ctx.expected.key ? ctx.verification : null;
  if (ctx.result.exact && !v) {
    return {
      id: 'verify-national',
      verdict: 'ok',
      title: TITLE,
      evidence: t('电子税务局已显示这张发票，无需查验。', 'The portal shows this invoice; no need to verify.'),
    };
  }
  const msg = v?.message;
  const said = msg ? `（${msg}）` : '';
  switch (v?.outcome) {
    case undefined:
      return {
        id: 'verify-national',
        verdict: 'unknown',
        title: TITLE,
        evidence: t('还没有查验结果。', 'Not verified yet.'),
        next: goVerify(ctx),
      };
    case 'match':
      return {
        id: 'verify-national',
        verdict: 'ok',
        title: TITLE,
        evidence: t(
          `查验结果一致${said}：发票真实存在，电子税务局理应能查到——问题在查询范围或同步。`,
          `Verification matched: the invoice exists, so the portal should list it; the cause is the query or the sync.`,
        ),
      };
    case 'not-found':
      return {
        id: 'verify-national',
        verdict: 'cause',
        title: t('全国查验：查无此票', 'National verification: no such invoice'),
        evidence: t(
          `查验平台查无此票${said}：号码、日期或金额有误，或销售方尚未开具。`,
          'The national platform has no such invoice: the number, date or amount is wrong, or the seller never issued it.',
        ),
        next: {
          text: t(
            '核对发票原件；无误则请销售方确认是否已开具并上传。',
            'Check the invoice; if it is right, ask the seller whether it was issued and uploaded.',
          ),
        },
      };
    case 'mismatch':
      return {
        id: 'verify-national',
        verdict: 'cause',
        title: t('全国查验：信息不一致', 'National verification: data mismatch'),
        evidence: t(
          `查验结果不一致${said}：登记的日期或金额与查验平台的记录不符。`,
          'Verification mismatch: the recorded date or amount differs from the verification platform’s record.',
        ),
        next: {
          text: t(
            '对照发票原件改正开票日期和金额后再对照。',
            'Correct the date and amount from the invoice, then compare again.',
          ),
        },
      };
    case 'not-ours':
      return {
        id: 'verify-national',
        verdict: 'cause',
        title: t('全国查验：非本单位发票', 'National verification: not issued to us'),
        evidence: t(
          `查验提示非本单位${said}：发票的购买方不是本单位。`,
          'Verification says the buyer is another taxpayer.',
        ),
        next: {
          text: t('请销售方红冲后按本单位名称和税号重新开具。', 'Ask the seller to red-flush it and reissue it to us.'),
        },
      };
    default:
      return {
        id: 'verify-national',
        verdict: 'unknown',
        title: TITLE,
        evidence: t(`查验没有得出结论${said}。`, `Verification gave no result${msg ? ` (${msg})` : ''}.`),
        next: goVerify(ctx),
      };
  }
}

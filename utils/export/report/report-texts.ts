import { VERDICT_NAMES } from '../../diagnose/labels';
import { joinTexts, money, t } from '../../diagnose/text';
import type { CheckId, Finding, Text } from '../../diagnose/types';
import { formatChinaTime, say, type UiLanguage } from '../../ui-text';
import type { Party, ProblemReport } from './report-types';
import { clip, fitText, type TextList, type TextPart } from './text-budget';

/** Characters a chat box or the 征纳互动 form takes comfortably; English needs about twice as many. */
export const TEXT_BUDGETS: Readonly<Record<'seller' | 'report12366', Readonly<Record<UiLanguage, number>>>> = {
  seller: { zh: 500, en: 1000 },
  report12366: { zh: 900, en: 1800 },
};

/** Company names are at most about 40 characters; longer is a paste gone wrong and must not crowd the text out. */
const NAME_MAX = 50;
const MESSAGE_MAX = 100;
const FINDING_MAX = 120;
const RULED_OUT_MAX = 150;
/** English takes about twice the characters of Chinese for the same line. */
const WIDTH: Readonly<Record<UiLanguage, number>> = { zh: 1, en: 2 };
const QUERIES_LISTED = 5;
const FINDINGS_LISTED = 5;
/** The 查验 line and the request already say what these say. */
const SAID_ELSEWHERE: ReadonlySet<CheckId> = new Set<CheckId>(['verify-national', 'escalate']);


function more(lang: UiLanguage): (left: number) => string {
  return (left) => say(t(`- 另有 ${left} 项见报告`, `- ${left} more in the report`), lang);
}

function shortParty(p: Party, zhSep = ' ', enSep = ' '): Text {
  const name = p.name === null ? null : clip(p.name, NAME_MAX);
  const parts = [name, p.taxId].filter((x): x is string => Boolean(x));
  return t(parts.join(zhSep), parts.join(enSep));
}

function seen(r: ProblemReport): boolean {
  return r.status === 'visible' || r.status === 'visible-with-problem';
}

/** `「发票状态」` / ` ("invoice status")`: the first cause, to say what is wrong with a seen invoice. */
function causeNamed(r: ProblemReport): Text {
  const title = r.findings.causes[0]?.title;
  return title ? t(`「${title.zh}」`, ` ("${title.en}")`) : t('', '');
}

/** `发票号码：…；开票日期：…；价税合计：¥…。` */
function factsLine(r: ProblemReport): Text {
  const inv = r.invoice;
  const items: Text[] = [];
  if (inv.code) items.push(t(`发票代码：${inv.code}`, `code ${inv.code}`));
  items.push(
    t(`发票号码：${inv.number}`, `number ${inv.number}`),
    t(`开票日期：${inv.date}`, `date ${inv.date}`),
    t(`价税合计：${money(inv.total)}`, `total ${money(inv.total)}`),
  );
  if (inv.amount) items.push(t(`金额：${money(inv.amount)}`, `amount excl. tax ${money(inv.amount)}`));
  if (inv.tax) items.push(t(`税额：${money(inv.tax)}`, `tax ${money(inv.tax)}`));
  const all = joinTexts(items, '；', '; ');
  return t(`${all.zh}。`, `Invoice: ${all.en}.`);
}

/** For the seller's chat: what we cannot find (or what is wrong with it) and what they should confirm. */
export function sellerText(r: ProblemReport, lang: UiLanguage): string {
  const buyer = shortParty(r.buyer, '，税号 ', ', tax ID ');
  const we = t(buyer.zh || '购买方', buyer.en || 'the buyer');
  const cause = causeNamed(r);
  const opening = seen(r)
    ? t(
        `您好！贵司开具给我单位（${we.zh}）的以下发票，在电子税务局「全量发票查询」中显示有问题${cause.zh}：`,
        `Hello, the following invoice you issued to us (${we.en}) shows a problem in 全量发票查询 on the e-tax portal${cause.en}:`,
      )
    : t(
        `您好！我单位（${we.zh}）在电子税务局「全量发票查询」中查不到贵司开具的以下发票：`,
        `Hello, we (${we.en}) cannot find the following invoice from you in 全量发票查询 on the e-tax portal:`,
      );
  const seller = shortParty(r.seller);
  const parts: Text[] = [
    opening,
    factsLine(r),
    ...(seller.zh ? [t(`销售方：${seller.zh}。`, `Seller: ${seller.en}.`)] : []),
    t(
      `请帮忙确认：1. 发票是否已开具成功并已交付；2. 购买方名称和税号是否正确${buyer.zh ? `（应为 ${buyer.zh}）` : ''}；3. 号码、日期、金额是否与上面一致；4. 是否已作废或红冲。谢谢！`,
      `Please confirm: 1. it was issued and delivered; 2. the buyer name and tax ID are right${buyer.en ? ` (${buyer.en})` : ''}; 3. number, date and total match; 4. it was not voided or red-flushed. Thank you.`,
    ),
  ];
  return fitText(
    parts.map((p) => say(p, lang)),
    TEXT_BUDGETS.seller[lang],
  );
}

function queryLines(r: ProblemReport, lang: UiLanguage): TextList {
  const lines = r.queries.map((q) =>
    say(
      t(
        `- ${q.what.zh}（${q.rows.zh}），查询于 ${formatChinaTime(q.at)}`,
        `- ${q.what.en} (${q.rows.en}), queried ${formatChinaTime(q.at)}`,
      ),
      lang,
    ),
  );
  return { lines: lines.length ? lines : [say(t('- （无）', '- (none)'), lang)], max: QUERIES_LISTED, more: more(lang) };
}

function findingLine(f: Finding, v: Text, lang: UiLanguage): string {
  const line = t(`- 【${v.zh}】${f.title.zh}：${f.evidence.zh}`, `- [${v.en}] ${f.title.en}: ${f.evidence.en}`);
  return clip(say(line, lang), FINDING_MAX * WIDTH[lang]);
}

function checkedParts(r: ProblemReport, lang: UiLanguage): TextPart[] {
  const keep = (f: Finding) => !SAID_ELSEWHERE.has(f.id);
  const open = [
    ...r.findings.causes.filter(keep).map((f) => findingLine(f, VERDICT_NAMES.cause, lang)),
    ...r.findings.unknowns.filter(keep).map((f) => findingLine(f, VERDICT_NAMES.unknown, lang)),
  ];
  const ruledOut = r.findings.ruledOut.filter(keep);
  if (!open.length && !ruledOut.length) return [];
  const titles = joinTexts(ruledOut.map((f) => f.title));
  const summary = t(`- 已排除 ${ruledOut.length} 项：${titles.zh}`, `- ${ruledOut.length} ruled out: ${titles.en}`);
  return [
    say(t('已排查：', 'Checked:'), lang),
    { lines: open, max: FINDINGS_LISTED, more: more(lang) },
    ...(ruledOut.length ? [clip(say(summary, lang), RULED_OUT_MAX * WIDTH[lang])] : []),
  ];
}

function verificationLine(r: ProblemReport): Text {
  const v = r.verification;
  const text = t(clip(v.text.zh, MESSAGE_MAX), clip(v.text.en, MESSAGE_MAX));
  if (v.at === null) return t(`查验：${text.zh}（${v.url}）`, `National 查验: ${text.en} (${v.url})`);
  const when = formatChinaTime(v.at);
  return t(`查验：${text.zh}，${when} 查验`, `National 查验: ${text.en}, on ${when}`);
}

/** For 12366 or the 征纳互动 form: who asks, the invoice, what was searched and checked, and the request. */
export function report12366Text(r: ProblemReport, lang: UiLanguage): string {
  const who = r.taxpayer ? shortParty(r.taxpayer) : t('', '');
  const seller = shortParty(r.seller);
  const cause = causeNamed(r);
  const problem = seen(r)
    ? t(
        `问题：这张发票在电子税务局「全量发票查询」中显示有问题${cause.zh}。`,
        `Problem: this invoice shows a problem in 全量发票查询 on the e-tax portal${cause.en}.`,
      )
    : t('问题：这张发票在电子税务局「全量发票查询」中查不到。', 'Problem: this invoice cannot be found in 全量发票查询 on the e-tax portal.');
  const request = seen(r)
    ? t('请求：请协助核实该发票的状态，并告知处理方式。谢谢！', 'Request: please check the state of this invoice and tell us what to do. Thank you.')
    : t(
        '请求：请协助核实该发票是否已开具成功、是否已归集到本单位；如需销售方或我方处理，请告知办理方式。谢谢！',
        'Request: please check whether this invoice was issued and has reached our account; if the seller or we must act, please tell us how. Thank you.',
      );
  const line = (x: Text) => say(x, lang);
  return fitText(
    [
      line(t(`纳税人：${who.zh || '（本单位）'}`, `Taxpayer: ${who.en || '(us)'}`)),
      line(problem),
      line(factsLine(r)),
      line(t(`销售方：${seller.zh || '未登记'}`, `Seller: ${seller.en || 'not recorded'}`)),
      line(t('已做的查询（北京时间，最近的在前）：', 'Queries made (China time, latest first):')),
      queryLines(r, lang),
      line(verificationLine(r)),
      ...checkedParts(r, lang),
      line(request),
    ],
    TEXT_BUDGETS.report12366[lang],
  );
}

/** Both texts under their labels, for one copy button (the diagnosis' escalation step). */
export function escalationText(r: ProblemReport): Text {
  const both = (lang: UiLanguage) =>
    `${say(t('【发给销售方】', '[To the seller]'), lang)}\n${sellerText(r, lang)}\n\n${say(t('【向 12366 反映】', '[Report to 12366]'), lang)}\n${report12366Text(r, lang)}`;
  return t(both('zh'), both('en'));
}

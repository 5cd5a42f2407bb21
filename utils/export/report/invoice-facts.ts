import { fieldLabel, typeName } from '../../diagnose/labels';
import { money, t } from '../../diagnose/text';
import type { Text } from '../../diagnose/types';
import type { ExpectedInvoice } from '../../invoice/model';
import type { Visibility } from '../../reconcile/reconcile';
import { statusText } from '../../ui-text';
import type { Party, ReportFact } from './report-types';

const NOT_RECORDED = t('未登记', 'not recorded');
const KIND_NAMES = {
  shudian: t('数电发票', 'digital (数电) invoice'),
  legacy: t('税控发票', 'legacy (税控) invoice'),
} as const;

/** `北京示例科技有限公司 91110000MA01ABCD52`, or what is known of it. */
function partyLine(p: Party): string {
  return [p.name, p.taxId].filter(Boolean).join(' ');
}

function same(value: string): Text {
  return t(value, value);
}

function partyText(p: Party): Text {
  const line = partyLine(p);
  return line ? same(line) : NOT_RECORDED;
}

/** The invoice as registered, in the order it is printed on the invoice. */
export function invoiceFacts(inv: ExpectedInvoice, status: Visibility, buyer: Party, seller: Party): ReportFact[] {
  const facts: ReportFact[] = [];
  const add = (label: Text, value: Text) => facts.push({ label, value });
  if (inv.code) add(fieldLabel('code'), same(inv.code));
  add(fieldLabel('number'), same(inv.number));
  add(fieldLabel('typeCode'), inv.typeCode ? typeName(inv.typeCode) : KIND_NAMES[inv.kind]);
  add(fieldLabel('date'), same(inv.date));
  add(fieldLabel('total'), same(money(inv.total)));
  if (inv.amount) add(fieldLabel('amount'), same(money(inv.amount)));
  if (inv.tax) add(fieldLabel('tax'), same(money(inv.tax)));
  add(t('销售方', 'seller'), partyText(seller));
  add(t('购买方', 'buyer'), partyText(buyer));
  add(t('电子税务局查询结果', 'on the portal'), statusText(status));
  return facts;
}

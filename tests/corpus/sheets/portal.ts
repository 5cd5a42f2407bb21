/**
 * The e-tax portal's 全量发票查询 export for a 取得 (received) query: sheet 发票基础信息 (one row per invoice, then 合计)
 * and sheet 信息汇总表 (one row per line item). Our company is the buyer on every row.
 */
import type { Cell, SheetData } from 'write-excel-file/node';
import { fromFen } from '../../../utils/invoice/money';
import type { Prng } from '../../../utils/invoice/test-prng';
import type { Invoice } from '../invoice';
import type { SheetRowTruth } from '../truth';
import type { SheetFile } from './erp';
import { xlsxBytes } from './xlsx';

const BASIC_HEADERS = [
  '序号', '发票代码', '发票号码', '数电发票号码', '销方识别号', '销方名称', '购方识别号', '购买方名称', '开票日期',
  '金额', '税额', '价税合计', '发票来源', '发票票种', '发票状态', '是否正数发票', '发票风险等级', '开票人', '备注',
];
const ITEM_HEADERS = [
  '序号', '发票代码', '发票号码', '数电发票号码', '销方识别号', '销方名称', '购方识别号', '购买方名称', '开票日期',
  '税收分类编码', '特定业务类型', '货物或应税劳务名称', '规格型号', '单位', '数量', '单价', '金额', '税率', '税额',
  '价税合计', '发票来源', '发票票种', '发票状态', '是否正数发票', '发票风险等级', '开票人', '备注',
];

const KIND_TEXT: Readonly<Record<string, string>> = {
  '81': '数电发票（增值税专用发票）',
  '82': '数电发票（普通发票）',
  '08': '增值税电子专用发票',
  '10': '增值税电子普通发票',
  '01': '增值税专用发票',
  '04': '增值税普通发票',
};
const STATUS_TEXT: Readonly<Record<string, string>> = { '01': '正常', '02': '已作废', '03': '已红冲-全额' };

interface PortalRow {
  inv: Invoice;
  /** Sign of the amounts: −1 for a 红字 (credit) invoice. */
  sign: 1n | -1n;
  status: '01' | '02' | '03';
  /** 数电 rows: some exports leave 发票号码 empty and give the number only as 数电发票号码. */
  numberOnlyAsShudian: boolean;
  remark: string;
}

const text = (value: string): Cell => (value === '' ? null : { value, type: String });
const num = (fen: bigint): Cell => ({ value: Number(fromFen(fen)), type: Number, format: '0.00' });

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A full 红冲 of `blue`: a negative 数电 invoice a few days later whose 备注 names the original. Its number carries
 * its own issue year.
 */
function redInvoice(rng: Prng, blue: Invoice): { inv: Invoice; remark: string } {
  const when = new Date(Date.parse(`${blue.date}T00:00:00Z`) + (3 + rng.int(20)) * 86_400_000);
  const date = when.toISOString().slice(0, 10);
  let seq = '';
  for (let i = 0; i < 9; i++) seq += String(rng.int(10));
  const number = `${date.slice(2, 4)}${blue.number.slice(2, 5)}000000${seq}`;
  const confirm = `${blue.number.slice(0, 5)}${seq}${seq.slice(0, 6)}`;
  return {
    inv: { ...blue, number, date, time: `${two(9 + rng.int(9))}:${two(rng.int(60))}:${two(rng.int(60))}`, qr: undefined },
    remark: `被红冲蓝字数电发票号码：${blue.number} 红字发票信息确认单编号：${confirm}`,
  };
}

function identity(r: PortalRow): Cell[] {
  const shudian = r.inv.layout === 'shudian';
  return [
    text(r.inv.code ?? ''),
    text(shudian && r.numberOnlyAsShudian ? '' : r.inv.number),
    text(shudian ? r.inv.number : ''),
    text(r.inv.seller.taxId),
    text(r.inv.seller.name),
    text(r.inv.buyer.taxId),
    text(r.inv.buyer.name),
    text(`${r.inv.date} ${r.inv.time}`),
  ];
}

function trailer(r: PortalRow): Cell[] {
  return [
    text(r.inv.layout === 'shudian' ? '电子发票服务平台' : '增值税发票管理系统'),
    text(KIND_TEXT[r.inv.typeCode] ?? ''),
    text(STATUS_TEXT[r.status] ?? ''),
    text(r.sign > 0n ? '是' : '否'),
    text('正常'),
    text(r.inv.issuer),
    text(r.remark),
  ];
}

function rowTruth(r: PortalRow): SheetRowTruth {
  const t: SheetRowTruth = {
    number: r.inv.number,
    date: r.inv.date,
    total: fromFen(r.sign * r.inv.totalFen),
    amount: fromFen(r.sign * r.inv.amountFen),
    tax: fromFen(r.sign * r.inv.taxFen),
    sellerName: r.inv.seller.name,
    sellerTaxId: r.inv.seller.taxId,
    buyerName: r.inv.buyer.name,
    buyerTaxId: r.inv.buyer.taxId,
    typeCode: r.inv.typeCode,
    status: r.status,
    positive: r.sign > 0n,
    riskLevel: '01',
  };
  if (r.inv.code) t.code = r.inv.code;
  return t;
}

/**
 * `invoices` must all be issued to our company. One 数电 invoice is fully 红冲ed (status 03, plus its negative twin);
 * one legacy paper invoice is 作废 (only legacy invoices can be voided).
 */
export async function portalExport(rng: Prng, invoices: readonly Invoice[], file: string): Promise<SheetFile> {
  const rows: PortalRow[] = invoices.map((inv, i) => ({
    inv,
    sign: 1n,
    status: '01',
    numberOnlyAsShudian: i % 2 === 1,
    remark: inv.remark,
  }));
  const blue = rows.find((r) => r.inv.layout === 'shudian');
  if (blue) {
    blue.status = '03';
    const red = redInvoice(rng, blue.inv);
    rows.push({ inv: red.inv, sign: -1n, status: '01', numberOnlyAsShudian: false, remark: red.remark });
  }
  const voided = rows.find((r) => r.inv.layout === 'paper');
  if (voided) voided.status = '02';

  const basic: SheetData = [BASIC_HEADERS.map((h) => text(h))];
  const items: SheetData = [ITEM_HEADERS.map((h) => text(h))];
  let amount = 0n;
  let tax = 0n;
  let total = 0n;
  for (const [i, r] of rows.entries()) {
    const s = r.sign;
    const money = [num(s * r.inv.amountFen), num(s * r.inv.taxFen), num(s * r.inv.totalFen)];
    basic.push([{ value: i + 1, type: Number }, ...identity(r), ...money, ...trailer(r)]);
    amount += s * r.inv.amountFen;
    tax += s * r.inv.taxFen;
    total += s * r.inv.totalFen;
    for (const line of r.inv.items) {
      items.push([
        { value: items.length, type: Number },
        ...identity(r),
        text(line.taxCode),
        null,
        text(line.name),
        text(line.spec),
        text(line.unit),
        line.quantity ? { value: Number(line.quantity) * Number(s), type: Number } : null,
        line.unitPrice ? { value: Number(line.unitPrice), type: Number } : null,
        num(s * line.amountFen),
        text(`${line.rate}%`),
        num(s * line.taxFen),
        num(s * (line.amountFen + line.taxFen)),
        ...trailer(r),
      ]);
    }
  }
  const blanks = (n: number) => Array<Cell>(n).fill(null);
  basic.push([text('合计'), ...blanks(8), num(amount), num(tax), num(total), ...blanks(7)]);
  const widths = (headers: readonly string[]) => headers.map((h) => ({ width: /名称|备注/.test(h) ? 32 : 18 }));
  const data = await xlsxBytes([
    { data: basic, sheet: '发票基础信息', columns: widths(BASIC_HEADERS) },
    { data: items, sheet: '信息汇总表', columns: widths(ITEM_HEADERS) },
  ]);
  return {
    data,
    truth: {
      file,
      kind: 'portal-export',
      sheet: '发票基础信息',
      headers: BASIC_HEADERS,
      direction: 'received',
      rows: rows.map(rowTruth),
      totalsRow: { amount: fromFen(amount), tax: fromFen(tax), total: fromFen(total) },
      itemSheet: { sheet: '信息汇总表', headers: ITEM_HEADERS, rows: items.length - 1 },
    },
  };
}

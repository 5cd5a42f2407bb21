/** 数电 (全电) e-invoice, 241 × 140 mm: QR top-left, buyer and seller side by side, items in one open block. */
import type { Invoice } from '../invoice';
import { type Assets, dateZh, esc, img, type InvoiceDoc, itemCells, SERIF, vertical, yuan } from './common';

const CSS = `
.sd { position: relative; width: 241mm; height: 140mm; background: #fff; color: #000; font: 3.1mm/1.35 ${SERIF};
  --b: #a4532a; overflow: hidden; }
.sd-qr { position: absolute; left: 10mm; top: 6mm; width: 20mm; height: 20mm; image-rendering: pixelated; }
.sd-seal { position: absolute; left: 105.5mm; top: 3mm; width: 30mm; height: 20mm; opacity: .8; }
.sd-title { position: absolute; left: 0; right: 0; top: 9mm; text-align: center; color: var(--b); font-size: 6.2mm;
  font-weight: 700; letter-spacing: .5mm; }
.sd-title span { border-bottom: .9mm double var(--b); padding: 0 2mm .4mm; }
.sd-meta { position: absolute; left: 170mm; top: 11mm; line-height: 6.5mm; color: var(--b); font-size: 3.2mm; }
.sd-meta span { color: #000; }
.sd-table { position: absolute; left: 8mm; top: 29mm; width: 225mm; border-collapse: collapse; table-layout: fixed; }
.sd-table > tbody > tr > td { border: .3mm solid var(--b); padding: 0; vertical-align: top; }
.sd-label { color: var(--b); text-align: center; vertical-align: middle !important; line-height: 1.25; }
.sd-party { box-sizing: border-box; padding: 3mm 2mm 0 2.5mm !important; line-height: 7mm; }
.sd-party .k, .sd-remark .k { color: var(--b); }
.sd-items-cell { position: relative; height: 56mm; }
.sd-items { width: 100%; border-collapse: collapse; table-layout: fixed; }
.sd-items th { color: var(--b); font-weight: 400; padding: 1mm .8mm; }
.sd-items td { padding: .4mm .8mm; white-space: nowrap; overflow: hidden; }
.sd-items .r { text-align: right; }
.sd-items .c { text-align: center; }
.sd-sum { position: absolute; left: 0; right: 0; bottom: 1.5mm; display: flex; }
.sd-sum .k { color: var(--b); width: 62mm; text-align: center; letter-spacing: 6mm; }
.sd-sum .a { margin-left: auto; width: 28mm; text-align: right; padding-right: .8mm; }
.sd-sum .t { width: 29mm; margin-left: 20mm; text-align: right; padding-right: .8mm; }
.sd-total { height: 8mm; }
.sd-total div { display: flex; align-items: center; height: 8mm; }
.sd-total .k { color: var(--b); width: 40mm; text-align: center; border-right: .3mm solid var(--b); height: 8mm; line-height: 8mm; }
.sd-total .w { padding-left: 4mm; }
.sd-total .w b { font-weight: 400; }
.sd-total .n { margin-left: auto; padding-right: 10mm; }
.sd-total .n .k2 { color: var(--b); }
.sd-remark { height: 18mm; box-sizing: border-box; padding: 1.5mm 2.5mm !important; }
.sd-foot { position: absolute; left: 20mm; top: 134mm; color: var(--b); }
.sd-foot span { color: #000; }
`;

function party(label: string, name: string, taxId: string): string {
  return `<td class="sd-label">${vertical(label)}</td>
  <td class="sd-party"><div><span class="k">名称：</span>${esc(name)}</div>
  <div><span class="k">统一社会信用代码/纳税人识别号：</span>${esc(taxId)}</div></td>`;
}

export function shudianDoc(inv: Invoice, assets: Assets): InvoiceDoc {
  const align = ['', '', 'c', 'r', 'r', 'r', 'c', 'r'];
  const rows = inv.items
    .map((line) => `<tr>${itemCells(line).map((v, i) => `<td class="${align[i]}">${v}</td>`).join('')}</tr>`)
    .join('');
  const html = `<div class="sd">
  ${img(assets.qr, 'sd-qr')}
  ${img(assets.bureauSeal, 'sd-seal')}
  <div class="sd-title"><span>${esc(inv.title)}</span></div>
  <div class="sd-meta"><div>发票号码：<span>${inv.number}</span></div><div>开票日期：<span>${dateZh(inv.date)}</span></div></div>
  <table class="sd-table">
    <colgroup><col style="width:6mm"><col style="width:106.5mm"><col style="width:6mm"><col style="width:106.5mm"></colgroup>
    <tr style="height:22mm">${party('购买方信息', inv.buyer.name, inv.buyer.taxId)}${party('销售方信息', inv.seller.name, inv.seller.taxId)}</tr>
    <tr><td colspan="4" class="sd-items-cell">
      <table class="sd-items">
        <colgroup><col style="width:62mm"><col style="width:25mm"><col style="width:13mm"><col style="width:20mm"><col style="width:28mm"><col style="width:28mm"><col style="width:20mm"><col style="width:29mm"></colgroup>
        <tr><th>项目名称</th><th>规格型号</th><th>单 位</th><th>数 量</th><th>单 价</th><th>金 额</th><th>税率/征收率</th><th>税 额</th></tr>
        ${rows}
      </table>
      <div class="sd-sum"><span class="k">合计</span><span class="a">¥${yuan(inv.amountFen)}</span><span class="t">¥${yuan(inv.taxFen)}</span></div>
    </td></tr>
    <tr><td colspan="4" class="sd-total"><div><span class="k">价税合计（大写）</span>
      <span class="w">⊗ <b>${inv.totalInWords}</b></span>
      <span class="n"><span class="k2">（小写）</span>¥${yuan(inv.totalFen)}</span></div></td></tr>
    <tr><td class="sd-label">${vertical('备注')}</td><td colspan="3" class="sd-remark">${esc(inv.remark)}</td></tr>
  </table>
  <div class="sd-foot">开票人：<span>${esc(inv.issuer)}</span></div>
</div>`;
  return { html, css: CSS, widthMm: 241, heightMm: 140 };
}

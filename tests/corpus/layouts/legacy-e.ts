/** Legacy 税控 e-invoice (增值税电子普通/专用发票), 218 × 140 mm: QR and 机器编号 top-left, 密码区, seller at the bottom. */
import type { Invoice } from '../invoice';
import { type Assets, dateZh, esc, img, type InvoiceDoc, itemCells, itemsTableCss, legacyPartyRows, MONO, SERIF, vertical, yuan } from './common';

const CSS = `
.le { position: relative; width: 218mm; height: 140mm; background: #fff; color: #000; font: 3mm/1.3 ${SERIF};
  --b: #9c5a2e; overflow: hidden; }
.le-qr { position: absolute; left: 9mm; top: 5mm; width: 19mm; height: 19mm; image-rendering: pixelated; }
.le-machine { position: absolute; left: 9mm; top: 25.5mm; color: var(--b); font-size: 2.8mm; }
.le-machine span { color: #000; }
.le-seal { position: absolute; left: 94mm; top: 2mm; width: 30mm; height: 20mm; opacity: .8; }
.le-title { position: absolute; left: 0; right: 0; top: 8mm; text-align: center; color: var(--b); font-size: 6mm; font-weight: 700; letter-spacing: .3mm; }
.le-title span { border-bottom: .9mm double var(--b); padding: 0 1.5mm .4mm; }
.le-meta { position: absolute; left: 153mm; top: 6mm; line-height: 5mm; color: var(--b); font-size: 2.9mm; }
.le-meta span { color: #000; }
.le-table { position: absolute; left: 8mm; top: 31mm; width: 202mm; border-collapse: collapse; table-layout: fixed; }
.le-table > tbody > tr > td { border: .3mm solid var(--b); padding: 0; vertical-align: top; box-sizing: border-box; }
.le-label { color: var(--b); text-align: center; vertical-align: middle !important; line-height: 1.3; }
.le-party { padding: 1.2mm 2mm !important; line-height: 4.3mm; }
.le-party .k, .le-remark .k { color: var(--b); }
.le-cipher { font: 3.3mm/4.3mm ${MONO}; letter-spacing: .35mm; padding: 1.2mm 2mm !important; }
.le-items-cell { height: 50mm; position: relative; }
${itemsTableCss('le', 'hidden')}
.le-total { height: 7mm; }
.le-total div { display: flex; align-items: center; height: 7mm; }
.le-total .k { color: var(--b); width: 42mm; text-align: center; border-right: .3mm solid var(--b); line-height: 7mm; }
.le-total .w { padding-left: 4mm; }
.le-total .n { margin-left: auto; padding-right: 14mm; }
.le-total .k2 { color: var(--b); }
.le-remark { padding: 1.2mm 2mm !important; line-height: 4.3mm; }
.le-foot { position: absolute; left: 12mm; top: 130mm; color: var(--b); display: flex; gap: 24mm; }
.le-foot span { color: #000; }
.le-sseal { position: absolute; left: 160mm; top: 106mm; width: 40mm; height: 30mm; opacity: .9; }
`;

export function legacyEDoc(inv: Invoice, assets: Assets): InvoiceDoc {
  const align = ['', '', 'c', 'r', 'r', 'r', 'c', 'r'];
  const rows = inv.items
    .map((line) => `<tr>${itemCells(line).map((v, i) => `<td class="${align[i]}">${v}</td>`).join('')}</tr>`)
    .join('');
  const checkCode = (inv.checkCode ?? '').replace(/(\d{5})(?=\d)/g, '$1 ');
  const html = `<div class="le">
  ${img(assets.qr, 'le-qr')}
  <div class="le-machine">机器编号：<span>${inv.machineNo ?? ''}</span></div>
  ${img(assets.bureauSeal, 'le-seal')}
  <div class="le-title"><span>${esc(inv.title)}</span></div>
  <div class="le-meta">
    <div>发票代码：<span>${inv.code ?? ''}</span></div>
    <div>发票号码：<span>${inv.number}</span></div>
    <div>开票日期：<span>${dateZh(inv.date)}</span></div>
    <div>校 验 码：<span>${checkCode}</span></div>
  </div>
  <table class="le-table">
    <colgroup><col style="width:6mm"><col style="width:110mm"><col style="width:6mm"><col style="width:80mm"></colgroup>
    <tr style="height:19mm"><td class="le-label">${vertical('购买方')}</td><td class="le-party">${legacyPartyRows(inv.buyer)}</td>
      <td class="le-label">${vertical('密码区')}</td><td class="le-cipher">${(inv.cipher ?? []).map(esc).join('<br>')}</td></tr>
    <tr><td colspan="4" class="le-items-cell"><table class="le-items">
      <colgroup><col style="width:52mm"><col style="width:22mm"><col style="width:12mm"><col style="width:18mm"><col style="width:26mm"><col style="width:28mm"><col style="width:14mm"><col style="width:30mm"></colgroup>
      <tr><th>货物或应税劳务、服务名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>
      ${rows}
      <tr class="fill"><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
      <tr class="sum"><td class="k">合计</td><td></td><td></td><td></td><td></td><td class="r">¥${yuan(inv.amountFen)}</td><td></td><td class="r">¥${yuan(inv.taxFen)}</td></tr>
    </table></td></tr>
    <tr><td colspan="4" class="le-total"><div><span class="k">价税合计（大写）</span>
      <span class="w">⊗ ${inv.totalInWords}</span><span class="n"><span class="k2">（小写）</span>¥${yuan(inv.totalFen)}</span></div></td></tr>
    <tr style="height:19mm"><td class="le-label">${vertical('销售方')}</td><td class="le-party">${legacyPartyRows(inv.seller)}</td>
      <td class="le-label">${vertical('备注')}</td><td class="le-remark">${esc(inv.remark)}</td></tr>
  </table>
  <div class="le-foot"><div>收款人：<span>${esc(inv.payee)}</span></div><div>复核：<span>${esc(inv.reviewer)}</span></div>
    <div>开票人：<span>${esc(inv.issuer)}</span></div><div>销售方：（章）</div></div>
  ${img(assets.sellerSeal, 'le-sseal')}
</div>`;
  return { html, css: CSS, widthMm: 218, heightMm: 140 };
}

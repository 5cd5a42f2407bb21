/**
 * Legacy paper 增值税专用/普通发票, 240 × 140 mm, no QR. The form (lines, labels, code, No) is pre-printed; the values
 * come from a dot-matrix printer, in a monospace face and slightly off register, as on real ones.
 */
import type { Invoice } from '../invoice';
import { type Assets, dateZh, esc, img, type InvoiceDoc, itemCells, itemsTableCss, legacyPartyRows, MONO, SERIF, vertical, yuan } from './common';

const CSS = `
.pp { position: relative; width: 240mm; height: 140mm; color: #000; font: 3mm/1.3 ${SERIF}; overflow: hidden;
  background: repeating-linear-gradient(45deg, rgba(120,170,150,.07) 0 .4mm, transparent .4mm 1.4mm),
    repeating-linear-gradient(-45deg, rgba(120,170,150,.07) 0 .4mm, transparent .4mm 1.4mm), #fcfbf6; }
.pp-code { position: absolute; left: 12mm; top: 7mm; font: 700 5.6mm ${MONO}; letter-spacing: .4mm; }
.pp-no { position: absolute; left: 172mm; top: 6.5mm; font: 700 6mm ${MONO}; color: #1a1a1a; }
.pp-no i { font: italic 700 5mm ${SERIF}; margin-right: 2mm; }
.pp-seal { position: absolute; left: 106mm; top: 1.5mm; width: 30mm; height: 20mm; opacity: .75; }
.pp-title { position: absolute; left: 0; right: 0; top: 7mm; text-align: center; color: var(--b); font-size: 6.8mm; font-weight: 700; letter-spacing: .8mm; }
.pp-title span { border-bottom: .9mm double var(--b); padding: 0 2mm .4mm; }
.pp-copy { position: absolute; left: 0; right: 0; top: 18.5mm; text-align: center; color: var(--b); font-size: 3.8mm; letter-spacing: 3mm; }
.pp-side { position: absolute; left: 229.5mm; top: 40mm; color: var(--b); font-size: 2.8mm; line-height: 1.05; }
.pp-lbl { position: absolute; color: var(--b); font-size: 3mm; }
.pr { position: relative; left: var(--dx); top: var(--dy); font: 3.2mm/1.3 ${MONO}; color: #161616; white-space: nowrap; }
.pp-printed { position: absolute; }
.pp-table { position: absolute; left: 12mm; top: 31mm; width: 214mm; border-collapse: collapse; table-layout: fixed; }
.pp-table > tbody > tr > td { border: .3mm solid var(--b); padding: 0; vertical-align: top; box-sizing: border-box; }
.pp-label { color: var(--b); text-align: center; vertical-align: middle !important; line-height: 1.3; }
.pp-party { padding: 1.2mm 2mm !important; line-height: 4.3mm; }
.pp-party .k { color: var(--b); }
.pp-cipher .pr { display: block; font-size: 3.4mm; line-height: 4.3mm; letter-spacing: .4mm; padding: 1.2mm 2mm; }
${itemsTableCss('pp', 'visible')}
.pp-total div { display: flex; align-items: center; height: 7mm; }
.pp-total .k { color: var(--b); width: 42mm; text-align: center; border-right: .3mm solid var(--b); line-height: 7mm; }
.pp-total .w { padding-left: 4mm; }
.pp-total .n { margin-left: auto; padding-right: 16mm; color: var(--b); }
.pp-remark { padding: 1.2mm 2mm !important; }
.pp-foot { position: absolute; left: 14mm; top: 130mm; color: var(--b); display: flex; gap: 22mm; }
.pp-sseal { position: absolute; width: 40mm; height: 30mm; opacity: .82; mix-blend-mode: multiply; }
`;

/** A machine-printed value. */
function pr(s: string): string {
  return `<span class="pr">${esc(s)}</span>`;
}

export interface PaperLook {
  /** Printer registration offset in mm. */
  dx: number;
  dy: number;
  /** Hand stamp placement: mm from the left and top, degrees. */
  sealX: number;
  sealY: number;
  sealAngle: number;
}

export function paperDoc(inv: Invoice, assets: Assets, look: PaperLook): InvoiceDoc {
  const align = ['', '', 'c', 'r', 'r', 'r', 'c', 'r'];
  const rows = inv.items
    .map((line) => `<tr>${itemCells(line, pr).map((v, i) => `<td class="${align[i]}">${v}</td>`).join('')}</tr>`)
    .join('');
  // 发票联 brown, 抵扣联 green: the copies are told apart by colour.
  const ink = inv.copy?.name === '抵扣联' ? '#2f7657' : '#9b5130';
  const checkCode = inv.checkCode
    ? `<div class="pp-lbl" style="left:172mm;top:25mm">校 验 码：</div>
       <div class="pp-printed" style="left:186mm;top:24.6mm">${pr(inv.checkCode.replace(/(\d{5})(?=\d)/g, '$1 '))}</div>`
    : '';
  const html = `<div class="pp" style="--b:${ink};--dx:${look.dx}mm;--dy:${look.dy}mm">
  <div class="pp-code">${inv.code ?? ''}</div>
  <div class="pp-no"><i>No</i>${inv.number}</div>
  ${img(assets.bureauSeal, 'pp-seal')}
  <div class="pp-title"><span>${esc(inv.title)}</span></div>
  <div class="pp-copy">${esc(inv.copy?.name ?? '')}</div>
  <div class="pp-side">${vertical(inv.copy?.side ?? '')}</div>
  <div class="pp-printed" style="left:12mm;top:15mm">${pr(inv.code ?? '')}</div>
  <div class="pp-printed" style="left:181mm;top:15mm">${pr(inv.number)}</div>
  <div class="pp-lbl" style="left:12mm;top:21mm">机器编号：</div>
  <div class="pp-printed" style="left:26mm;top:20.6mm">${pr(inv.machineNo ?? '')}</div>
  <div class="pp-lbl" style="left:172mm;top:21mm">开票日期：</div>
  <div class="pp-printed" style="left:186mm;top:20.6mm">${pr(dateZh(inv.date))}</div>
  ${checkCode}
  <table class="pp-table">
    <colgroup><col style="width:6mm"><col style="width:118mm"><col style="width:6mm"><col style="width:84mm"></colgroup>
    <tr style="height:19mm"><td class="pp-label">${vertical('购买方')}</td><td class="pp-party">${legacyPartyRows(inv.buyer, pr)}</td>
      <td class="pp-label">${vertical('密码区')}</td><td class="pp-cipher"><span class="pr">${(inv.cipher ?? []).map(esc).join('<br>')}</span></td></tr>
    <tr><td colspan="4"><table class="pp-items">
      <colgroup><col style="width:56mm"><col style="width:24mm"><col style="width:12mm"><col style="width:18mm"><col style="width:28mm"><col style="width:30mm"><col style="width:14mm"><col style="width:32mm"></colgroup>
      <tr><th>货物或应税劳务、服务名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>
      ${rows}
      <tr class="fill"><td></td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>
      <tr class="sum"><td class="k">合计</td><td></td><td></td><td></td><td></td><td class="r">${pr(`¥${yuan(inv.amountFen)}`)}</td><td></td><td class="r">${pr(`¥${yuan(inv.taxFen)}`)}</td></tr>
    </table></td></tr>
    <tr><td colspan="4" class="pp-total"><div><span class="k">价税合计（大写）</span>
      <span class="w">⊗ ${pr(inv.totalInWords)}</span><span class="n">（小写）${pr(`¥${yuan(inv.totalFen)}`)}</span></div></td></tr>
    <tr style="height:19mm"><td class="pp-label">${vertical('销售方')}</td><td class="pp-party">${legacyPartyRows(inv.seller, pr)}</td>
      <td class="pp-label">${vertical('备注')}</td><td class="pp-remark">${pr(inv.remark)}</td></tr>
  </table>
  <div class="pp-foot"><div>收款人：${pr(inv.payee)}</div><div>复核：${pr(inv.reviewer)}</div>
    <div>开票人：${pr(inv.issuer)}</div><div>销售方：（章）</div></div>
  ${img(assets.sellerSeal, 'pp-sseal').replace('<img ', `<img style="left:${look.sealX}mm;top:${look.sealY}mm;transform:rotate(${look.sealAngle}deg)" `)}
</div>`;
  return { html, css: CSS, widthMm: 240, heightMm: 140 };
}

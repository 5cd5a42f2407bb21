// The national 查验 platform (inv-veri.chinatax.gov.cn): the old page (inputs by id) and the /fpcygzfw/ app
// (TDesign form items). Both ask for a captcha the user types; the replica accepts any and answers from the sample data.

const STYLE = `body{font:14px system-ui,"Noto Sans CJK SC",sans-serif;margin:24px}label{display:block;margin:8px 0}
input{padding:4px 6px;width:260px}button{margin-top:10px;padding:4px 16px}#result,.t-alert{margin-top:14px;padding:8px;border:1px solid #ccc}`;

/** The outcome of a 查验 against the sample data: 一致, 不一致 (known number, other date or amount) or 查无此票. */
export function verifyAnswer(invoices, q) {
  const digits = (v) => String(v ?? '').replace(/\D/g, '');
  const inv = invoices.find((i) => i.Fphm === q.fphm && (i.Fpdm ?? '') === (q.fpdm ?? ''));
  if (!inv) return { CyjgDm: '009', CyjgMsg: '查无此票' };
  const dateOk = digits(inv.Kprq.slice(0, 10)) === digits(q.kprq);
  const amountOk = !inv.Fpdm ? Number(inv.Jshj) === Number(q.kjje) : String(q.kjje ?? '').length > 0;
  return dateOk && amountOk ? { CyjgDm: '001', CyjgMsg: '查验结果：发票信息一致' } : { CyjgDm: '002', CyjgMsg: '查验结果：所查发票信息不一致' };
}

export const OLD_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>国家税务总局全国增值税发票查验平台</title><style>${STYLE}</style></head>
<body><h1>全国增值税发票查验平台</h1>
<label>发票代码 <input id="fpdm"></label><label>发票号码 <input id="fphm"></label>
<label>开票日期 <input id="kprq" placeholder="YYYYMMDD"></label><label>开具金额(不含税)/校验码后6位/价税合计 <input id="kjje"></label>
<label>验证码 <input id="yzm"></label><button id="checkfp">查验</button><div id="result"></div>
<script>
document.getElementById('checkfp').onclick = async () => {
  const v = (id) => document.getElementById(id).value.trim();
  const result = document.getElementById('result');
  if (!v('yzm')) { result.textContent = '请输入验证码'; return; }
  const r = await fetch('/WebQuery/vatQuery', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fpdm: v('fpdm'), fphm: v('fphm'), kprq: v('kprq'), kjje: v('kjje'), yzm: v('yzm') }) });
  result.textContent = (await r.json()).msg;
};
</script></body></html>`;

export const APP_PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>发票查验</title><style>${STYLE}</style></head>
<body><div id="app"><h1>发票查验</h1><form class="t-form" onsubmit="return false">
${[['fpdm', '发票代码'], ['fphm', '发票号码'], ['kprq', '开票日期'], ['kjje', '金额/校验码'], ['yzm', '验证码']]
  .map(([k, l]) => `<div class="t-form__item t-form-item__${k}"><label class="t-form__label">${l}</label><div class="t-input"><input class="t-input__inner"></div></div>`)
  .join('')}
<button type="button" class="t-button">查验</button></form><div class="t-alert" hidden></div></div>
<script>
const input = (k) => document.querySelector('.t-form-item__' + k + ' input');
document.querySelector('.t-button').onclick = async () => {
  const alert = document.querySelector('.t-alert');
  const r = await fetch('/fpcygzfw/v1/queryFpcyxx', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Fpdm: input('fpdm').value, Fphm: input('fphm').value, Kprq: input('kprq').value, Kjje: input('kjje').value, Yzm: input('yzm').value }) });
  const data = (await r.json()).Response.Data;
  alert.hidden = false;
  alert.textContent = data.CyjgMsg;
};
</script></body></html>`;

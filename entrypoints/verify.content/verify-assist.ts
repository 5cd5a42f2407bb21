import { VERIFY_OUTCOME_NAMES } from '@/utils/diagnose/labels';
import { el } from '@/utils/dom-element';
import { portalTranslator } from '@/utils/i18n/portal-t';
import type { ListRow } from '@/utils/messages';
import type { Verification } from '@/utils/invoice/model';
import { VERIFY_INPUTS, verifyOutcome, verifyValues, type VerifyInput } from '@/utils/portal/verify-page';
import { say, type UiLanguage } from '@/utils/ui-text';

/** Where the two 查验 pages show their answer. */
const RESULT_AREAS = ['#result', '.t-alert', '.t-message__content', '.result'] as const;

const CSS = `
:host { all: initial; font: 13px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.panel { background: #fff; color: #1f2329; border: 1px solid #dcdcdc; border-left: 4px solid #0052d9; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.12); padding: 10px 12px; width: 320px; }
.brand { color: #0052d9; font-weight: 600; }
select { width: 100%; margin: 6px 0; font: inherit; }
button { font: inherit; padding: 2px 12px; }
.note { color: #5e6066; margin-top: 6px; }
.recorded { color: #2ba471; margin-top: 6px; }
`;

export interface VerifyAssistDeps {
  doc: Document;
  lang: UiLanguage;
  rows: ListRow[];
  record: (verification: Verification) => Promise<void>;
  now: () => number;
}

function setValue(input: HTMLInputElement, value: string): void {
  // Set through the prototype's setter and announce it, so the page's own framework (Vue) takes the value too.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function find(doc: Document, field: VerifyInput): HTMLInputElement | null {
  for (const selector of VERIFY_INPUTS[field]) {
    const el = doc.querySelector<HTMLInputElement>(selector);
    if (el) return el;
  }
  return null;
}

/**
 * On the national 查验 page: fills the number, code, date and amount (or 校验码) of an expected invoice in one click,
 * leaves the captcha to the user, and records the result the page then shows for the verify-national check.
 */
export function startVerifyAssist({ doc, lang, rows, record, now }: VerifyAssistDeps): () => void {
  const t = portalTranslator(lang);
  const host = el(doc, 'div', { 'data-testid': 'verify-assist', style: 'position: fixed !important; right: 16px; top: 16px; z-index: 2147483000;' });
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', {}, CSS);
  const panel = el(doc, 'div', { class: 'panel' });
  const brand = el(doc, 'div', { class: 'brand' }, t('verifyAssist.title'));
  const select = el(doc, 'select', { 'data-testid': 'verify-assist-select' });
  // Invoices not yet seen come first: they are the ones worth verifying.
  const ordered = [...rows].sort((a, b) => Number(a.status === 'visible') - Number(b.status === 'visible'));
  for (const row of ordered) {
    select.append(el(doc, 'option', { value: row.invoice.key }, `${row.invoice.key} · ${row.invoice.date} · ¥${row.invoice.total}`));
  }
  const fill = el(doc, 'button', { type: 'button', 'data-testid': 'verify-fill' }, t('verifyAssist.fill'));
  const note = el(doc, 'div', { class: 'note', 'data-testid': 'verify-note' }, t('verifyAssist.captcha'));
  panel.append(brand, select, fill, note);
  root.append(style, panel);
  doc.documentElement.append(host);

  /** The invoice last filled in, and its number and code as filled: a result counts for it only while they stand. */
  let filled: { key: string; number: string; code: string } | null = null;

  fill.addEventListener('click', () => {
    const row = rows.find((r) => r.invoice.key === select.value);
    if (!row) return;
    const values = verifyValues(row.invoice);
    const missing: string[] = [];
    for (const field of Object.keys(VERIFY_INPUTS) as VerifyInput[]) {
      const input = find(doc, field);
      const value = values[field];
      if (input && value !== null) setValue(input, value);
      else if (input && value === null) missing.push(field);
    }
    filled = { key: row.invoice.key, number: values.number ?? '', code: values.code ?? '' };
    note.textContent = t(missing.length ? 'verifyAssist.missing' : 'verifyAssist.captcha');
  });

  /** The inputs still hold what was filled: the user did not type another invoice over it. */
  function stillFilled(): boolean {
    return filled !== null && find(doc, 'number')?.value.trim() === filled.number && (find(doc, 'code')?.value.trim() ?? '') === filled.code;
  }

  function show(text: string, testId: string, outcome?: string): void {
    panel.querySelector('.recorded')?.remove();
    panel.append(el(doc, 'div', { class: 'recorded', 'data-testid': testId, ...(outcome ? { 'data-outcome': outcome } : {}) }, text));
  }

  const areas = RESULT_AREAS.join(',');
  // The page writes its answer into a result area on every 查验, even when it reads as the last one did.
  const observer = new MutationObserver((records) => {
    const touched = records.some((r) => {
      const node = r.target.nodeType === Node.ELEMENT_NODE ? (r.target as Element) : r.target.parentElement;
      return node?.closest(areas);
    });
    if (!touched || !filled || !stillFilled()) return;
    const text = RESULT_AREAS.map((sel) => doc.querySelector(sel)?.textContent?.trim() ?? '').join(' ').trim();
    const outcome = verifyOutcome(text);
    if (!outcome) return;
    // A mistyped captcha says nothing about the invoice, and must not replace a result already recorded.
    if (outcome === 'captcha-error') return show(t('verifyAssist.captchaError'), 'verify-note');
    const key = filled.key;
    record({ key, outcome, message: text.slice(0, 200), at: now() }).then(
      () => show(t('verifyAssist.recorded', { key, outcome: say(VERIFY_OUTCOME_NAMES[outcome], lang) }), 'verify-recorded', outcome),
      () => show(t('verifyAssist.recordFailed'), 'verify-error'),
    );
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  return () => {
    observer.disconnect();
    host.remove();
  };
}

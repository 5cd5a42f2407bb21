import type { OverlayModel } from '@/utils/portal/overlay-model';
import { el } from '@/utils/dom-element';
import { portalTranslator } from '@/utils/i18n/portal-t';
import { resultRowKeys } from '@/utils/portal/result-table';
import { say, type UiLanguage } from '@/utils/ui-text';

const PANEL_CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; font: 13px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
.panel { background: #fff; color: #1f2329; border: 1px solid #dcdcdc; border-left: 4px solid #0052d9; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.12); padding: 10px 12px; max-width: 360px; }
.panel.problem { border-left-color: #e37318; }
.brand { color: #0052d9; font-weight: 600; margin-right: 6px; }
button { all: unset; cursor: pointer; color: #0052d9; margin-left: 8px; }
button:focus-visible { outline: 2px solid #0052d9; }
.unread { color: #d54941; margin-top: 6px; }
ul { margin: 6px 0 0; padding-left: 18px; max-height: 240px; overflow: auto; }
li { margin: 2px 0; }
.key { font-family: ui-monospace, monospace; }
.reason { color: #5e6066; }
`;
const MARK_CSS = `
:host { all: initial; position: absolute; pointer-events: auto; }
span { display: inline-block; transform: translate(-120%, 0); font: 12px/16px system-ui, sans-serif; border-radius: 8px; padding: 0 4px; cursor: default; }
.expected { background: #e3f9e9; color: #2ba471; }
.problem { background: #fff1e9; color: #e37318; }
`;

/**
 * The extension's face on the result page: a panel in a shadow root (the portal's styles cannot reach it, nor ours
 * the portal), fixed in a corner so nothing moves, and a mark on each result row that is an expected invoice,
 * placed out of flow so the table keeps its layout. Nothing here ever takes the focus.
 */
export function createOverlay(doc: Document, lang: UiLanguage) {
  const t = portalTranslator(lang);
  // Inline too: a page rule such as `div { position: relative }` would beat :host.
  const host = el(doc, 'div', { 'data-testid': 'overlay', style: 'position: fixed !important; right: 16px; bottom: 16px; z-index: 2147483000;' });
  const root = host.attachShadow({ mode: 'open' });
  root.append(el(doc, 'style', {}, PANEL_CSS));
  const panel = el(doc, 'div', { class: 'panel', 'data-testid': 'overlay-panel', role: 'status' });
  root.append(panel);
  let open = false;
  let last: OverlayModel | null = null;

  function renderPanel(model: OverlayModel): void {
    const missing = model.notInResult;
    panel.className = missing.length || model.unread ? 'panel problem' : 'panel';
    panel.dataset.count = String(missing.length);
    const line = el(doc, 'div');
    line.append(el(doc, 'span', { class: 'brand' }, t('overlay.brand')));
    line.append(el(doc, 'span', {}, missing.length ? t('overlay.notInResult', { n: missing.length }) : t('overlay.allIn')));
    if (missing.length) {
      const toggle = el(doc, 'button', { type: 'button', 'data-testid': 'overlay-explain' }, t(open ? 'overlay.hide' : 'overlay.explain'));
      toggle.addEventListener('click', () => {
        open = !open;
        if (last) renderPanel(last);
      });
      line.append(toggle);
    }
    const parts: Node[] = [line];
    if (model.unread) parts.push(el(doc, 'div', { class: 'unread', 'data-testid': 'overlay-unread' }, t('overlay.unread', { total: model.unread.total, read: model.unread.read })));
    if (open && missing.length) {
      const list = el(doc, 'ul', { 'data-testid': 'overlay-missing' });
      for (const row of missing) {
        const item = el(doc, 'li', { 'data-key': row.invoice.key });
        item.append(el(doc, 'span', { class: 'key' }, row.invoice.key), doc.createTextNode(` ${row.invoice.date} ¥${row.invoice.total} `));
        item.append(el(doc, 'span', { class: 'reason' }, row.headline ? say(row.headline.title, lang) : t('overlay.noReason')));
        list.append(item);
      }
      parts.push(list);
    }
    panel.replaceChildren(...parts);
  }

  function markRows(model: OverlayModel): void {
    for (const { row, keys } of resultRowKeys(doc)) {
      const found = keys.map((k) => [k, model.marks.get(k)] as const).find(([, m]) => m);
      const cell = row.querySelector('td');
      let mark = row.querySelector<HTMLElement>(':scope > td > [data-testid="overlay-mark"]');
      if (!found || !cell) {
        mark?.remove();
        continue;
      }
      const [key, m] = found;
      if (!m) continue;
      const text = m.kind === 'expected' ? t('overlay.expected') : m.reason ? say(m.reason, lang) : t('overlay.noReason');
      if (mark?.dataset.key === key && mark.dataset.kind === m.kind && mark.title === text) continue;
      mark?.remove();
      mark = el(doc, 'span', { 'data-testid': 'overlay-mark', 'data-key': key, 'data-kind': m.kind, title: text, style: 'position: absolute !important;' });
      const shadow = mark.attachShadow({ mode: 'open' });
      shadow.append(el(doc, 'style', {}, MARK_CSS), el(doc, 'span', { class: m.kind }, m.kind === 'expected' ? '✓' : '⚠'));
      cell.prepend(mark);
    }
  }

  return {
    update(model: OverlayModel): void {
      last = model;
      if (!host.isConnected) doc.documentElement.append(host);
      renderPanel(model);
      markRows(model);
    },
    /** The portal redrew its table: put the marks back. */
    remark(): void {
      if (last) markRows(last);
    },
    destroy(): void {
      host.remove();
      for (const mark of doc.querySelectorAll('[data-testid="overlay-mark"]')) mark.remove();
    },
  };
}

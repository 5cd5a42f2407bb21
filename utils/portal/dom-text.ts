/** NodeFilter.SHOW_TEXT, spelled out so readers need no global besides the injected document. */
const SHOW_TEXT = 4;
/** Text nodes visited per scan; the bound that matters on a huge or hostile page. */
const MAX_TEXT_NODES = 20_000;
const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Collapsed, trimmed text content, cut to `max` characters. */
export function textOf(node: Node | null, max = 500): string {
  return (node?.textContent ?? '').slice(0, max * 4).replace(/\s+/g, ' ').trim().slice(0, max);
}

// Only what the DOM itself says (attributes, inline style): readers run without layout, and TDesign hides closed
// dialogs with an inline `display: none`.
function hiddenSelf(el: Element): boolean {
  if (NEVER_SHOWN.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

export function isHidden(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (hiddenSelf(e)) return true;
  return false;
}

/** Visible text under `root`, text nodes joined by spaces, at most `maxChars` characters. */
export function visibleText(root: Element, maxChars: number): string {
  const memo = new Map<Element, boolean>();
  // Up to the nearest ancestor already judged, then down again: a loop, since a page may nest thousands deep.
  const hidden = (el: Element | null): boolean => {
    const unjudged: Element[] = [];
    let h = false;
    for (let e = el; e; e = e.parentElement) {
      const known = memo.get(e);
      if (known !== undefined) {
        h = known;
        break;
      }
      unjudged.push(e);
    }
    for (let i = unjudged.length - 1; i >= 0; i--) {
      const e = unjudged[i]!;
      h = h || hiddenSelf(e);
      memo.set(e, h);
    }
    return h;
  };
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(), seen = 0; n && length < maxChars && seen < MAX_TEXT_NODES; n = walker.nextNode(), seen++) {
    const t = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    if (t === '' || hidden(n.parentElement)) continue;
    parts.push(t);
    length += t.length + 1;
  }
  return parts.join(' ').slice(0, maxChars);
}

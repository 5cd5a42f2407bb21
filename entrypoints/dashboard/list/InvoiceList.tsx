import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { Problem } from '@/utils/invoice/model';
import { movedRow } from '@/utils/list/row-keys';
import { nextSort, SORT_COLUMNS, sortRows, type SortColumn, type SortOrder } from '@/utils/list/sort';
import { rowWindow, scrollToShow, type Layout } from '@/utils/list/virtual-window';
import type { ListRow } from '@/utils/messages';
import { translator } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';
import { EditRow } from './EditRow';
import { InvoiceRow } from './InvoiceRow';
import { Toast } from './Toast';
import { useRowActions } from './use-row-actions';

/** Every row is this tall (the CSS reads it from `--row-height`), and so is the sticky header. */
const ROW_HEIGHT = 36;
/** Rows drawn beyond each edge of the view, so a quick scroll never shows a blank. */
const OVERSCAN = 10;
/** The list's height before it is measured: about what its box shows on a laptop screen. */
const FIRST_VIEWPORT = 600;
const COLUMNS = SORT_COLUMNS.length + 1;

/** Which row to focus once the list has drawn it: after an arrow key, an edit, a removal, or a closed detail. */
type FocusRequest = { kind: 'row'; key: string } | { kind: 'edit-input' } | { kind: 'after-removal'; key: string };

interface Props {
  /** The rows the filters leave, in the order they came. */
  rows: readonly ListRow[];
  /** How many invoices there are in all: an empty list says whether a filter hides them. */
  total: number;
  /** Changes when the filters do: the list goes back to its top. */
  viewKey: string;
  /** Keys of invoices whose original file is kept. */
  originals: ReadonlySet<string>;
  /** The invoice whose detail is open. */
  openKey: string | null;
  lang: UiLanguage;
  onOpen: (key: string) => void;
  onChanged: () => void;
  onError: (problems: Problem[]) => void;
}

/**
 * The invoice list, virtualised: only the rows in view (and a few beyond) are in the DOM, so 10,000 invoices draw
 * as fast as 30. The table scrolls in its own box under a sticky header; one row is in the tab order and arrow
 * keys move between rows.
 */
export function InvoiceList({ rows, total, viewKey, originals, openKey, lang, onOpen, onChanged, onError }: Props) {
  const [sort, setSort] = useState<SortOrder | null>(null);
  const sorted = useMemo(() => sortRows(rows, sort, lang), [rows, sort, lang]);
  const actions = useRowActions({ onChanged, onError });
  const hintId = useId();
  const t = translator(lang);
  const { editing } = actions;

  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FIRST_VIEWPORT);
  const [editHeight, setEditHeight] = useState(ROW_HEIGHT);
  const [active, setActive] = useState(0);
  const focusRequest = useRef<FocusRequest | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const requestFocus = (request: FocusRequest) => {
    focusRequest.current = request;
    redraw(undefined);
  };

  const editIndex = useMemo(() => (editing ? sorted.findIndex((r) => r.invoice.key === editing.key) : -1), [sorted, editing?.key]);
  const layout: Layout = { count: sorted.length, rowHeight: ROW_HEIGHT, expanded: editIndex >= 0 ? { index: editIndex, extra: Math.max(editHeight - ROW_HEIGHT, 0) } : null };
  // The sticky header covers the top of the box.
  const rowsViewport = Math.max(viewport - ROW_HEIGHT, ROW_HEIGHT);
  const shown = rowWindow(layout, scrollTop, rowsViewport, OVERSCAN);
  const activeIndex = Math.min(active, Math.max(sorted.length - 1, 0));
  const hasRows = sorted.length > 0;

  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setViewport(box.clientHeight));
    observer.observe(box);
    return () => observer.disconnect();
  }, [hasRows]);

  // Other filters or another order: start again from the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [viewKey, sort]);

  // Closing the detail gives the focus back to the row it was opened from.
  const wasOpen = useRef(openKey);
  useEffect(() => {
    if (wasOpen.current && !openKey) requestFocus({ kind: 'row', key: wasOpen.current });
    wasOpen.current = openKey;
  }, [openKey]);

  const editObserver = useRef<ResizeObserver | null>(null);
  const observeEditRow = useCallback((row: HTMLTableRowElement | null) => {
    editObserver.current?.disconnect();
    editObserver.current = null;
    if (!row) return;
    editObserver.current = new ResizeObserver(() => setEditHeight(row.offsetHeight));
    editObserver.current.observe(row);
  }, []);

  /** Scrolls row `index` into view; true when it already was. */
  function reveal(index: number): boolean {
    const box = scroller.current;
    if (!box) return true;
    const top = scrollToShow(layout, index, box.scrollTop, rowsViewport);
    if (top === box.scrollTop) return true;
    box.scrollTop = top;
    setScrollTop(top);
    return false;
  }

  // Runs after every draw: a requested focus lands once its row is in the DOM.
  useLayoutEffect(() => {
    const request = focusRequest.current;
    const box = scroller.current;
    if (!request || !box) return;
    if (request.kind === 'edit-input') {
      focusRequest.current = null;
      box.querySelector<HTMLInputElement>('tr[data-editing] [aria-invalid=true], tr[data-editing] input')?.focus();
      return;
    }
    const at = sorted.findIndex((r) => r.invoice.key === request.key);
    if (request.kind === 'after-removal') {
      // Wait for the refetched list; then the row that took the removed one's place takes the focus.
      if (at >= 0) return;
      if (!hasRows) {
        focusRequest.current = null;
        return;
      }
      focusRequest.current = { kind: 'row', key: sorted[activeIndex]!.invoice.key };
      redraw(undefined);
      return;
    }
    if (at < 0) {
      focusRequest.current = null;
      return;
    }
    if (at !== active) setActive(at);
    if (!reveal(at)) return;
    const row = box.querySelector<HTMLElement>(`tr[data-index="${at}"]`);
    if (!row) return;
    focusRequest.current = null;
    row.focus({ preventScroll: true });
  });

  function onRowKey(e: KeyboardEvent, index: number, key: string): void {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      onOpen(key);
      return;
    }
    const next = movedRow(e.key, index, sorted.length, Math.floor(rowsViewport / ROW_HEIGHT));
    if (next === null) return;
    e.preventDefault();
    requestFocus({ kind: 'row', key: sorted[next]!.invoice.key });
  }

  async function remove(key: string): Promise<void> {
    requestFocus({ kind: 'after-removal', key });
    if (!(await actions.remove(key)) && focusRequest.current?.kind === 'after-removal') focusRequest.current = null;
  }

  async function save(row: ListRow): Promise<void> {
    const saved = await actions.save(row.invoice);
    requestFocus(saved ? { kind: 'row', key: row.invoice.key } : { kind: 'edit-input' });
  }

  if (!total) return <p class="empty" data-testid="list-empty">{t('list.empty')}</p>;
  return (
    <div class="invoice-list">
      {hasRows ? (
        <div class="list-scroll" ref={scroller} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} style={{ '--row-height': `${ROW_HEIGHT}px` }}>
          <table class="invoice-table" aria-rowcount={sorted.length + 1} aria-describedby={hintId}>
            <colgroup>
              <col class="col-number" />
              <col class="col-date" />
              <col class="col-total" />
              <col class="col-seller" />
              <col class="col-status" />
              <col class="col-reason" />
              <col class="col-actions" />
            </colgroup>
            <thead>
              <tr aria-rowindex={1}>
                {SORT_COLUMNS.map((column) => (
                  <SortHeader key={column} column={column} sort={sort} lang={lang} onSort={() => setSort(nextSort(sort, column))} />
                ))}
                <th scope="col">{t('list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.before > 0 && <Spacer height={shown.before} columns={COLUMNS} />}
              {sorted.slice(shown.start, shown.end).map((row, i) => {
                const index = shown.start + i;
                const key = row.invoice.key;
                if (editing?.key === key)
                  return (
                    <EditRow
                      key={key}
                      row={row}
                      index={index}
                      columns={COLUMNS}
                      editing={editing}
                      lang={lang}
                      rowRef={observeEditRow}
                      onInput={actions.changeDraft}
                      onSave={() => void save(row)}
                      onCancel={() => {
                        actions.cancelEdit();
                        requestFocus({ kind: 'row', key });
                      }}
                    />
                  );
                return (
                  <InvoiceRow
                    key={key}
                    row={row}
                    index={index}
                    active={index === activeIndex}
                    open={key === openKey}
                    hasOriginal={originals.has(key)}
                    lang={lang}
                    onKeyDown={(e) => onRowKey(e, index, key)}
                    onFocus={() => index !== active && setActive(index)}
                    onOpen={() => onOpen(key)}
                    onEdit={() => {
                      actions.startEdit(row.invoice);
                      requestFocus({ kind: 'edit-input' });
                    }}
                    onRemove={() => void remove(key)}
                  />
                );
              })}
              {shown.after > 0 && <Spacer height={shown.after} columns={COLUMNS} />}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="empty" data-testid="list-filtered-empty">
          {t('list.filteredEmpty')}
        </p>
      )}
      <p class="hint" id={hintId}>
        {t('list.keyboardHint')}
      </p>
      <Toast toast={actions.toast} lang={lang} onDone={actions.dismissToast} />
    </div>
  );
}

function SortHeader({ column, sort, lang, onSort }: { column: SortColumn; sort: SortOrder | null; lang: UiLanguage; onSort: () => void }) {
  const direction = sort?.column === column ? sort.direction : null;
  const t = translator(lang);
  return (
    <th scope="col" class={column === 'total' ? 'num' : undefined} aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : undefined}>
      <button type="button" class="sort" data-testid={`sort-${column}`} title={t('list.sortHint')} onClick={onSort}>
        {t(`list.column.${column}`)}
        <span class="sort-mark" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

/** Stands in for the rows above or below the drawn ones, so the scrollbar is as long as the whole list. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr class="spacer" aria-hidden="true" style={{ height: `${height}px` }}>
      <td colSpan={columns} />
    </tr>
  );
}

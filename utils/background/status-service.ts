import { chinaDay, DAY_MS, CHINA_OFFSET_MS } from '../invoice/china-time';
import type { ExpectedInvoice, Verification } from '../invoice/model';
import type { Finding } from '../diagnose/types';
import { StatusState } from '../status/status-state';
import type { StatusReport } from '../status/types';
import type { FapiaoDB } from '../store/db';
import { loadSnapshot, type Observation } from '../store/repository';
import { dropStatus, readStoredPopup, readStoredStatus, writeStatus } from '../store/status-store';
import type { StatusMeta } from '../store/stored-types';
import { popupView, type PopupView } from '../report/popup-view';

/** Rows of the popup kept with the stored status: its first page and the next. */
export const POPUP_STORED_ROWS = 60;

/** A chunk of headline work between two turns of the worker's event loop, so messages keep being answered. */
const CHUNK_MS = 12;

export interface StatusServiceDeps {
  db: FapiaoDB;
  now: () => number;
  /** Runs `fn` soon, after the current message is answered (setTimeout in the worker). */
  later: (fn: () => void) => void;
  /** Called once rows were stored: the badge and reminders follow. */
  onStored?: () => void;
}

export interface StatusService {
  report(only?: 'attention'): Promise<StatusReport>;
  popup(limit: number): Promise<PopupView>;
  findings(key: string, online: boolean | null): Promise<{ findings: Finding[]; verification: Verification | null } | null>;
  observed(obs: Observation): Promise<void>;
  invoicePut(invoice: ExpectedInvoice, oldKey?: string): Promise<void>;
  invoiceRemoved(key: string): Promise<void>;
  verificationPut(v: Verification): Promise<void>;
  /** Something wrote the store beside the messages (an import, a restore): start again from the evidence. */
  reset(): Promise<void>;
  /** Sightings held, or null while nothing is loaded. */
  sightingCount(): number | null;
  /** The soonest recheck time still ahead, for the alarm. */
  nextRecheck(): Promise<number | null>;
  /** Resolves once every row waiting for its headline is diagnosed and stored. */
  settled(): Promise<void>;
}

/** Start of the next China day: day-dependent checks ("issued today", "after today") change then. */
function nextChinaMidnight(now: number): number {
  return (chinaDay(now) + 1) * DAY_MS - CHINA_OFFSET_MS;
}

/**
 * The background's status: kept in memory while the worker lives and changed with each mutation, stored row by row
 * so a worker woken by the popup answers from the store without reading the evidence again.
 */
export function createStatusService({ db, now, later, onStored }: StatusServiceDeps): StatusService {
  let state: StatusState | null = null;
  let loading: Promise<StatusState> | null = null;
  let validUntil = 0;
  let writing: Promise<void> = Promise.resolve();
  let flushing = false;
  let idle: Array<() => void> = [];

  let popupStored: PopupView | null = null;

  function meta(s: StatusState, at: number): StatusMeta {
    const { counts, lastQueryAt, taxpayer } = s.summary();
    validUntil = Math.min(s.nextRecheckAfter(at) ?? Infinity, nextChinaMidnight(at));
    // While headlines wait for their turn, stored rows lag: a worker woken before they are all stored computes again.
    popupStored = s.pending ? null : popupView(s.report('attention'), at, POPUP_STORED_ROWS);
    return { computedAt: at, validUntil: s.pending ? at : validUntil, counts, lastQueryAt, taxpayer, popup: popupStored };
  }

  /** Stores what changed, in the order the changes happened (IndexedDB runs the transactions in that order). */
  function store(s: StatusState, all = false): Promise<void> {
    const rows = s.takeChanged();
    const at = now();
    // No write only when nothing changed and what is stored is complete; rows waiting for their headline are marked.
    if (!all && !rows.size && !s.pending && popupStored) return writing;
    const m = meta(s, at);
    writing = writing
      .then(() => writeStatus(db, rows, m, all))
      .then(onStored, async (e: unknown) => {
        console.error('fapiao-watch: storing the status', e);
        // Rows that did not land must not be read as current.
        await dropStatus(db).catch(() => undefined);
      });
    return writing;
  }

  function ensure(): Promise<StatusState> {
    if (state) return Promise.resolve(state);
    loading ??= loadSnapshot(db).then(
      (snap) => {
        const built = new StatusState(snap, now());
        state = built;
        loading = null;
        void store(built, true);
        return built;
      },
      (error: unknown) => {
        // The next call tries again rather than failing for the rest of the worker's life.
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  function flushSoon(s: StatusState): void {
    if (flushing) return;
    flushing = true;
    later(function chunk() {
      // reset() replaced the state: this one's work is moot and must not overwrite what the new one stores.
      if (s !== state) {
        flushing = false;
        return;
      }
      s.flush(performance.now() + CHUNK_MS);
      void store(s);
      if (s.pending && s === state) return later(chunk);
      flushing = false;
      const waiting = idle;
      idle = [];
      void writing.then(() => waiting.forEach((resolve) => resolve()));
    });
  }

  /** Applies a change to a warm state; a cold one is built from the store, which already holds the change. */
  async function change(apply: (s: StatusState, at: number) => void): Promise<void> {
    const s = state;
    if (!s) {
      await ensure();
      return;
    }
    const at = now();
    // A new day or a passed recheck time changes rows this change does not touch.
    if (at >= validUntil) s.refresh(at);
    apply(s, at);
    await store(s);
    if (s.pending) flushSoon(s);
  }

  async function current(): Promise<StatusState> {
    const s = await ensure();
    const at = now();
    if (at >= validUntil) {
      s.refresh(at);
      void store(s);
    }
    return s;
  }

  return {
    async report(only) {
      if (!state) {
        const stored = await readStoredStatus(db, now(), only);
        if (stored) {
          // Warm up for the next change while the page renders what was stored.
          void ensure();
          return stored;
        }
      }
      return (await current()).report(only);
    },
    async popup(limit) {
      if (!state) {
        const stored = await readStoredPopup(db, now(), limit);
        if (stored) {
          void ensure();
          return stored;
        }
      }
      const s = await current();
      return popupView(s.report('attention'), now(), limit);
    },
    async findings(key, online) {
      const s = await current();
      const findings = s.findings(key, now(), online);
      return findings && { findings, verification: s.verification(key) };
    },
    observed: (obs) => change((s, at) => s.observe(obs, at)),
    invoicePut: (invoice, oldKey) => change((s, at) => s.putInvoice(invoice, at, oldKey)),
    invoiceRemoved: (key) => change((s, at) => s.removeInvoice(key, at)),
    verificationPut: (v) => change((s, at) => s.putVerification(v, at)),
    async reset() {
      state = null;
      await loading?.catch(() => undefined);
      state = null;
      await dropStatus(db);
      await ensure();
    },
    sightingCount: () => state?.sightingCount ?? null,
    async nextRecheck() {
      const s = await current();
      s.flush();
      return s.nextRecheckAfter(now());
    },
    async settled() {
      await loading?.catch(() => undefined);
      if (flushing) await new Promise<void>((resolve) => idle.push(resolve));
      await writing;
    },
  };
}

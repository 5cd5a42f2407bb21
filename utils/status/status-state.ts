import { diagnose, headline } from '../diagnose/diagnose';
import type { Finding } from '../diagnose/types';
import type { ExpectedInvoice, PageSignal, QueryScope, Sighting, Taxpayer, Verification } from '../invoice/model';
import { groupCouldCover } from '../reconcile/coverage';
import { possibleTypeCodes } from '../reconcile/invoice-types';
import { nearMissCandidates, rankNearMisses } from '../reconcile/near-miss';
import { queryGroups } from '../reconcile/query-groups';
import { indexSightings, type SightingIndex } from '../reconcile/sighting-index';
import { sightingProblems } from '../reconcile/sighting-problems';
import type { NearMiss, ReconcileResult } from '../reconcile/types';
import { visibleFrom } from '../reconcile/visibility';
import { invoicesNear } from './near-reach';
import { MAX_SCOPES, MAX_SIGNALS } from '../store/history-limits';
import { mergeSighting } from '../store/merge-sighting';
import type { Observation, Snapshot } from '../store/repository';
import { byStatusThenDate, type StatusCounts, type StatusReport, type StatusRow } from './types';

/** Sightings newer than the near-miss index wait in a small second index; past this many the big one is rebuilt. */
const DELTA_LIMIT = 5_000;

function newestLast<T extends { at: number }>(list: T[], limit: number): T[] {
  return list.length <= limit ? list : [...list].sort((a, b) => a.at - b.at).slice(list.length - limit);
}

/**
 * The status of every expected invoice, kept current change by change: what one change touches is reconciled and
 * diagnosed again, nothing else. Headlines only (diagnose's `headline`); full findings are built when asked for.
 * After any sequence of changes, `report()` equals buildStatusReport of the snapshot the changes produce.
 */
export class StatusState {
  private readonly expected = new Map<string, ExpectedInvoice>();
  private readonly expectedKeys = new Set<string>();
  private readonly sightings = new Map<string, Sighting>();
  private base: SightingIndex;
  private readonly delta = new Map<string, Sighting>();
  private deltaIndex: SightingIndex | null = null;
  private scopes: QueryScope[];
  private signals: PageSignal[];
  private readonly verifications = new Map<string, Verification>();
  private taxpayer: Taxpayer | null;
  private readonly results = new Map<string, ReconcileResult>();
  private readonly heads = new Map<string, Finding | null>();
  private ordered: StatusRow[] | null = null;
  /** Rows whose status is current but whose headline waits for flush(): a query touches every unseen invoice. */
  private readonly stale = new Set<string>();
  private staleNow = 0;
  /** Keys whose row changed since takeChanged(), for whoever stores the rows. */
  private readonly changed = new Set<string>();
  /** What each row was when last marked changed: a query re-diagnoses many rows and changes few. */
  private readonly signatures = new Map<string, string>();

  constructor(
    snap: Snapshot,
    now: number,
    private readonly online: boolean | null = null,
  ) {
    for (const e of snap.expected) this.expected.set(e.key, e);
    for (const k of this.expected.keys()) this.expectedKeys.add(k);
    for (const s of snap.sightings) this.sightings.set(s.key, s);
    this.base = indexSightings([...this.sightings.values()]);
    this.scopes = snap.scopes;
    this.signals = snap.signals;
    for (const v of snap.verifications) this.verifications.set(v.key, v);
    this.taxpayer = snap.taxpayer;
    this.update(this.expected.keys(), now);
  }

  /** A portal answer stored; returns the keys diagnosed again now. The others it touched wait for flush(). */
  observe(obs: Observation, now: number): Set<string> {
    const touched = new Set<string>();
    const fresh: Sighting[] = [];
    for (const s of obs.sightings) {
      const merged = mergeSighting(this.sightings.get(s.key), s);
      this.sightings.set(s.key, merged);
      this.delta.set(s.key, merged);
      fresh.push(merged);
      if (this.expected.has(s.key)) touched.add(s.key);
    }
    if (fresh.length) this.deltaIndex = null;
    let world = false;
    if (obs.scope) {
      const id = obs.scope.id;
      this.scopes = newestLast([...this.scopes.filter((s) => s.id !== id), obs.scope], MAX_SCOPES);
      world = true;
    }
    if (obs.signals.length) {
      this.signals = newestLast([...this.signals, ...obs.signals], MAX_SIGNALS);
      world = true;
    }
    if (obs.taxpayer && (!this.taxpayer || this.taxpayer.at < obs.taxpayer.at)) {
      const before = this.taxpayer;
      this.taxpayer = obs.taxpayer;
      if (before?.taxId !== obs.taxpayer.taxId || before?.name !== obs.taxpayer.name) world = true;
    }
    const unseen: ExpectedInvoice[] = [];
    for (const [key, result] of this.results) if (result.exact === null && !touched.has(key)) unseen.push(this.expected.get(key)!);
    if (fresh.length) {
      const few = indexSightings(fresh);
      for (const key of invoicesNear(fresh, unseen)) if (nearMissCandidates(this.expected.get(key)!, few).size) touched.add(key);
    }
    const rediagnose = new Set<string>();
    // Everything beyond a plain sighting hangs on the queries, the page messages and who is logged in.
    if (world) for (const [key, result] of this.results) if (result.status !== 'visible' && !touched.has(key)) rediagnose.add(key);
    if (this.delta.size > DELTA_LIMIT) this.rebuildIndex();
    this.update(touched, now);
    for (const key of rediagnose) {
      this.results.set(key, this.recover(this.expected.get(key)!, this.results.get(key)!));
      this.stale.add(key);
    }
    if (rediagnose.size) {
      this.staleNow = now;
      this.ordered = null;
    }
    return touched;
  }

  /** Sightings held: the store's count, without counting the store. */
  get sightingCount(): number {
    return this.sightings.size;
  }

  /** Headlines still to bring up to date after observe(). */
  get pending(): number {
    return this.stale.size;
  }

  /** Diagnoses waiting rows until `deadline` (performance.now() time), all of them without one; returns their keys. */
  flush(deadline = Infinity): Set<string> {
    const done = new Set<string>();
    for (const key of this.stale) {
      this.stale.delete(key);
      done.add(key);
      this.diagnose(key, this.staleNow);
      if (performance.now() >= deadline) break;
    }
    if (done.size) this.ordered = null;
    return done;
  }

  /** An invoice added, or stored again after a fix (under `oldKey` before it). */
  putInvoice(invoice: ExpectedInvoice, now: number, oldKey = invoice.key): Set<string> {
    // A fix drops the 查验 result, as the store does: it was of the invoice as it was typed.
    this.verifications.delete(oldKey);
    const keysChanged = oldKey !== invoice.key || !this.expected.has(invoice.key);
    if (oldKey !== invoice.key) this.forget(oldKey);
    this.expected.set(invoice.key, invoice);
    this.expectedKeys.add(invoice.key);
    return this.afterExpectedChange(keysChanged, [invoice.key, oldKey], now);
  }

  removeInvoice(key: string, now: number): Set<string> {
    if (!this.expected.has(key)) return new Set();
    this.forget(key);
    return this.afterExpectedChange(true, [key], now);
  }

  putVerification(v: Verification, now: number): Set<string> {
    this.verifications.set(v.key, v);
    return this.update([v.key], now);
  }

  /** The clock alone changed (a recheck time passed, a new day): every headline again. */
  refresh(now: number): Set<string> {
    return this.update(this.results.keys(), now);
  }

  report(only?: 'attention'): StatusReport {
    this.flush();
    const rows = this.rows();
    return { rows: only === 'attention' ? rows.filter((r) => r.status !== 'visible') : rows, ...this.summary() };
  }

  /** The report without its rows; current even while headlines wait for flush(). */
  summary(): Omit<StatusReport, 'rows'> {
    const counts = this.counts();
    return {
      counts,
      notVisible: counts.missing + counts.notSearched,
      lastQueryAt: this.scopes.reduce<number | null>((max, s) => (max === null || s.at > max ? s.at : max), null),
      taxpayer: this.taxpayer,
    };
  }

  row(key: string): StatusRow | null {
    if (this.stale.has(key)) this.flush();
    const invoice = this.expected.get(key);
    const result = this.results.get(key);
    return invoice && result ? { invoice, status: result.status, headline: this.heads.get(key) ?? null } : null;
  }

  /** Rows changed since the last call, null for an invoice gone; rows still waiting for flush() stay for later. */
  takeChanged(): Map<string, StatusRow | null> {
    const out = new Map<string, StatusRow | null>();
    for (const key of this.changed) {
      if (this.stale.has(key)) continue;
      this.changed.delete(key);
      out.set(key, this.row(key));
    }
    return out;
  }

  verification(key: string): Verification | null {
    return this.verifications.get(key) ?? null;
  }

  /** The full, ordered diagnosis of one invoice, or null if it is not expected. */
  findings(key: string, now: number, online: boolean | null): Finding[] | null {
    const expected = this.expected.get(key);
    const result = this.results.get(key);
    if (!expected || !result) return null;
    const verification = this.verifications.get(key) ?? null;
    return diagnose({ expected, result, scopes: this.scopes, signals: this.signals, taxpayer: this.taxpayer, verification, now, online });
  }

  /** The first time after `now` a headline waits for: a recheck, else none. Headlines waiting for flush() are not asked. */
  nextRecheckAfter(now: number): number | null {
    let soonest: number | null = null;
    for (const h of this.heads.values()) {
      const a = h?.next?.action;
      if (a?.kind === 'recheck-at' && a.at > now && (soonest === null || a.at < soonest)) soonest = a.at;
    }
    return soonest;
  }

  private rows(): StatusRow[] {
    if (!this.ordered) {
      const rows: StatusRow[] = [];
      for (const key of this.expected.keys()) rows.push(this.row(key)!);
      rows.sort(byStatusThenDate);
      this.ordered = rows;
    }
    return this.ordered;
  }

  private counts(): StatusCounts {
    const counts: StatusCounts = { expected: this.expected.size, visible: 0, problem: 0, missing: 0, notSearched: 0 };
    for (const r of this.results.values()) {
      if (r.status === 'visible') counts.visible++;
      else if (r.status === 'visible-with-problem') counts.problem++;
      else if (r.status === 'missing') counts.missing++;
      else counts.notSearched++;
    }
    return counts;
  }

  private forget(key: string): void {
    this.changed.add(key);
    this.signatures.delete(key);
    this.ordered = null;
    this.stale.delete(key);
    this.expected.delete(key);
    this.expectedKeys.delete(key);
    this.results.delete(key);
    this.heads.delete(key);
    this.verifications.delete(key);
  }

  /** Another expected key makes a seen neighbour a sibling (or no longer one) for every invoice not seen. */
  private afterExpectedChange(keysChanged: boolean, keys: string[], now: number): Set<string> {
    const touched = new Set(keys.filter((k) => this.expected.has(k)));
    if (keysChanged) for (const [key, r] of this.results) if (r.status !== 'visible' && r.exact === null) touched.add(key);
    this.update(touched, now);
    // The removed or renamed key's row changed too: it is gone.
    return new Set([...touched, ...keys]);
  }

  private update(keys: Iterable<string>, now: number): Set<string> {
    const done = new Set<string>();
    for (const key of keys) {
      const invoice = this.expected.get(key);
      if (!invoice || done.has(key)) continue;
      done.add(key);
      this.results.set(key, this.reconcile(invoice));
      this.diagnose(key, now);
    }
    if (done.size) this.ordered = null;
    return done;
  }

  private diagnose(key: string, now: number): void {
    this.stale.delete(key);
    const expected = this.expected.get(key);
    const result = this.results.get(key);
    if (!expected || !result) return;
    const verification = this.verifications.get(key) ?? null;
    const { scopes, signals, taxpayer, online } = this;
    const head = result.status === 'visible' ? null : headline({ expected, result, scopes, signals, taxpayer, verification, now, online });
    this.heads.set(key, head);
    const signature = `${expected.updatedAt}|${result.status}|${head ? JSON.stringify(head) : ''}`;
    if (this.signatures.get(key) !== signature) {
      this.signatures.set(key, signature);
      this.changed.add(key);
    }
  }

  /** As reconcile's reconcileIn, over the big index and the small one of newer sightings. */
  private reconcile(inv: ExpectedInvoice): ReconcileResult {
    const exact = this.sightings.get(inv.key) ?? null;
    if (exact) {
      const problems = sightingProblems(inv, exact);
      return { key: inv.key, status: problems.length ? 'visible-with-problem' : 'visible', exact, nearMisses: [], problems };
    }
    return { key: inv.key, status: this.coverage(inv), exact: null, nearMisses: this.nearMisses(inv), problems: [] };
  }

  /** Only the queries changed: an unseen invoice's near misses stand, whether it was searched may not. */
  private recover(inv: ExpectedInvoice, before: ReconcileResult): ReconcileResult {
    return before.exact ? before : { ...before, status: this.coverage(inv) };
  }

  private coverage(inv: ExpectedInvoice): 'missing' | 'not-yet-searched' {
    const types = possibleTypeCodes(inv);
    const visibleAt = visibleFrom(inv);
    return queryGroups(this.scopes).some((g) => groupCouldCover(g, inv, types, visibleAt)) ? 'missing' : 'not-yet-searched';
  }

  private nearMisses(inv: ExpectedInvoice): NearMiss[] {
    const found = nearMissCandidates(inv, this.base, this.expectedKeys);
    if (!this.delta.size) return rankNearMisses(found.values());
    this.deltaIndex ??= indexSightings([...this.delta.values()]);
    // A key seen again since the big index was built is found in both; the newer sighting stands for it.
    for (const [key, miss] of nearMissCandidates(inv, this.deltaIndex, this.expectedKeys)) found.set(key, miss);
    return rankNearMisses(found.values());
  }

  private rebuildIndex(): void {
    this.base = indexSightings([...this.sightings.values()]);
    this.delta.clear();
    this.deltaIndex = null;
  }
}

import type { Sighting } from '../invoice/model';

export type Visibility = 'visible' | 'visible-with-problem' | 'missing' | 'not-yet-searched';

/**
 * How the typed key differs from a seen one, named after what the user did: `deletion` = dropped a digit,
 * `insertion` = typed an extra digit.
 */
export type NearMissKind =
  'substitution' | 'transposition' | 'deletion' | 'insertion' | 'code-number-split' | 'number-in-wrong-field';

export interface NearMiss {
  sighting: Sighting;
  kind: NearMissKind;
  /**
   * Digit position(s) involved, 0-based in the expected key's digits (code then number for legacy keys, so for
   * 数电 keys this is the number). For a dropped digit: the position where it belongs.
   */
  positions: number[];
  /** null when either side lacks the value. */
  agrees: { amount: boolean | null; date: boolean | null; seller: boolean | null };
  /** Higher is likelier; only comparable within one expected invoice. */
  score: number;
  /**
   * The seen invoice is itself one the user expects: a split sale's sibling, or a duplicate record with a slip.
   * Never offered as the fix; listed after the other near misses.
   */
  sibling: boolean;
}

export type SightingProblem = 'status-voided' | 'status-red' | 'risk' | 'amount-differs' | 'date-differs';

export interface ReconcileResult {
  key: string;
  status: Visibility;
  exact: Sighting | null;
  /** Best first, siblings (see NearMiss.sibling) last; empty when seen exactly (the search only runs for invoices not seen). */
  nearMisses: NearMiss[];
  /** Set when status is visible-with-problem. */
  problems: SightingProblem[];
}

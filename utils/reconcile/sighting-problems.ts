import { amountsEqual } from '../invoice/money';
import type { ExpectedInvoice, Sighting } from '../invoice/model';
import { RED_STATUSES, RISK_CODES, VOIDED_STATUS } from '../invoice/code-tables';
import type { SightingProblem } from './types';


/** Why an exactly seen invoice still needs attention. */
export function sightingProblems(inv: ExpectedInvoice, s: Sighting): SightingProblem[] {
  const problems: SightingProblem[] = [];
  if (s.statusCode === VOIDED_STATUS) problems.push('status-voided');
  if (s.statusCode !== undefined && RED_STATUSES.includes(s.statusCode)) problems.push('status-red');
  if (s.riskCode !== undefined && RISK_CODES.includes(s.riskCode)) problems.push('risk');
  if (s.total !== undefined && s.total !== inv.total && !amountsEqual(inv.total, s.total))
    problems.push('amount-differs');
  if (s.date !== undefined && s.date !== inv.date) problems.push('date-differs');
  return problems;
}

import type { PageSignal, SignalKind } from '../invoice/model';
import { latestOkScope, offsetOf, queryPageUrl } from './context';
import { pageName } from './labels';
import { formatLocal } from './local-time';
import { ruledOutBySighting } from './seen';
import { t } from './text';
import type { CheckId, DiagnosisContext, Finding, Text } from './types';

/**
 * Signals that still apply: nothing succeeded after them, since a later success shows a session or service is back.
 * Request failures are judged by request-failed itself (one call succeeding says nothing about another that failed).
 */
function currentSignals(ctx: DiagnosisContext, kind: SignalKind): PageSignal[] {
  const okAt = latestOkScope(ctx)?.at ?? -Infinity;
  return ctx.signals.filter((s) => s.kind === kind && s.at > okAt).sort((a, b) => b.at - a.at);
}

export interface SignalSpec {
  id: Extract<CheckId, 'session-expired' | 'permission' | 'maintenance' | 'offline' | 'request-failed'>;
  kind: SignalKind;
  title: Text;
  causeTitle: Text;
  /** What to do about it; the action defaults to reopening the query page. */
  next: Text;
}

/**
 * What the page said, on the page it was said: by the page's name, never its path. Going offline is the browser's
 * own event, whose recorded text is for the record, not for the user.
 */
function signalText(signal: PageSignal, off: number): Text {
  const at = formatLocal(signal.at, off);
  const page = pageName(signal.page);
  return signal.kind === 'offline'
    ? t(`${at} 在${page.zh}时浏览器断网`, `at ${at} the browser went offline on ${page.en}`)
    : t(`${at} ${page.zh}提示「${signal.text}」`, `at ${at} ${page.en} said "${signal.text}"`);
}

/**
 * The finding for a signal kind; extra causes (browser offline, failed scopes) are passed in by the check, and so
 * may the signals that apply (latest first) when the check judges them itself.
 */
export function signalFinding(
  ctx: DiagnosisContext,
  spec: SignalSpec,
  extra: Text[] = [],
  signals: readonly PageSignal[] = currentSignals(ctx, spec.kind),
): Finding {
  const seen = ruledOutBySighting(ctx, spec.id, spec.title);
  if (seen) return seen;
  const off = offsetOf(ctx);
  const signal = signals[0];
  const said = signal ? [signalText(signal, off)] : [];
  const causes = [...said, ...extra];
  if (causes.length) {
    return {
      id: spec.id,
      verdict: 'cause',
      title: spec.causeTitle,
      evidence: t(`${causes.map((c) => c.zh).join('；')}。`, `${causes.map((c) => c.en).join('; ')}.`),
      next: { text: spec.next, action: { kind: 'open-url', url: queryPageUrl(ctx) } },
    };
  }
  const latest = latestOkScope(ctx);
  if (!latest) {
    return {
      id: spec.id,
      verdict: 'unknown',
      title: spec.title,
      evidence: t('还没有成功的查询可作对照。', 'No successful query to judge by yet.'),
    };
  }
  const at = formatLocal(latest.at, off);
  return {
    id: spec.id,
    verdict: 'ok',
    title: spec.title,
    evidence: t(
      `最近一次查询（${at}）成功，之后页面没有这类提示。`,
      `The latest query (${at}) succeeded and the page has not complained since.`,
    ),
  };
}

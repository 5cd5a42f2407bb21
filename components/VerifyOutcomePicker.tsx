import { VERIFY_OUTCOME_NAMES } from '@/utils/diagnose/labels';
import type { Verification } from '@/utils/invoice/model';
import { say, type UiLanguage } from '@/utils/ui-text';

type Outcome = Verification['outcome'];

/** The 查验 answers a user reads off the national platform; the extension never solves its captcha. */
const OUTCOMES: readonly Outcome[] = ['match', 'not-found', 'mismatch', 'not-ours'];

export function VerifyOutcomePicker({ lang, onPick, disabled }: { lang: UiLanguage; onPick: (outcome: Outcome) => void; disabled: boolean }) {
  return (
    <div class="verify-outcomes" data-testid="verify-outcomes">
      <span>{lang === 'zh' ? '查验结果：' : 'Verification result: '}</span>
      {OUTCOMES.map((outcome) => (
        <button key={outcome} type="button" class="secondary" data-testid="verify-outcome" data-outcome={outcome} disabled={disabled} onClick={() => onPick(outcome)}>
          {say(VERIFY_OUTCOME_NAMES[outcome], lang)}
        </button>
      ))}
    </div>
  );
}

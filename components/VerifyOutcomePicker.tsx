import { VERIFY_OUTCOME_NAMES } from '@/utils/diagnose/labels';
import { translator } from '@/utils/i18n/t';
import type { Verification } from '@/utils/invoice/model';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';

type Outcome = Verification['outcome'];

/** The 查验 answers a user reads off the national platform; the extension never solves its captcha. */
const OUTCOMES: readonly Outcome[] = ['match', 'not-found', 'mismatch', 'not-ours'];

interface Props {
  lang: UiLanguage;
  onPick: (outcome: Outcome) => void;
  disabled: boolean;
  /** The result recorded so far: shown, and marked among the buttons so a different one can be picked. */
  chosen?: Verification | null;
}

export function VerifyOutcomePicker({ lang, onPick, disabled, chosen }: Props) {
  const t = translator(lang);
  return (
    <div class="verify-outcomes" data-testid="verify-outcomes">
      {chosen && (
        <span class="chosen" data-testid="verify-chosen" data-outcome={chosen.outcome}>
          {t('verifyPicker.recorded', { outcome: say(VERIFY_OUTCOME_NAMES[chosen.outcome], lang), at: formatChinaTime(chosen.at) })}
        </span>
      )}
      {!chosen && <span>{t('verifyPicker.prompt')}</span>}
      {OUTCOMES.map((outcome) => (
        <button
          key={outcome}
          type="button"
          class={chosen?.outcome === outcome ? 'chosen' : 'secondary'}
          aria-pressed={chosen?.outcome === outcome}
          data-testid="verify-outcome"
          data-outcome={outcome}
          disabled={disabled}
          onClick={() => onPick(outcome)}
        >
          {say(VERIFY_OUTCOME_NAMES[outcome], lang)}
        </button>
      ))}
    </div>
  );
}

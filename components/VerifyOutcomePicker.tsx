import type { Verification } from '@/utils/invoice/model';
import type { UiLanguage } from '@/utils/ui-text';

type Outcome = Verification['outcome'];

/** The 查验 answers a user reads off the national platform; the extension never solves its captcha. */
const OUTCOMES: Array<{ outcome: Outcome; zh: string; en: string }> = [
  { outcome: 'match', zh: '一致', en: 'Matches' },
  { outcome: 'not-found', zh: '查无此票', en: 'Not found' },
  { outcome: 'mismatch', zh: '不一致', en: 'Does not match' },
  { outcome: 'not-ours', zh: '非本单位', en: 'Not our company' },
];

export function VerifyOutcomePicker({ lang, onPick, disabled }: { lang: UiLanguage; onPick: (outcome: Outcome) => void; disabled: boolean }) {
  return (
    <div class="verify-outcomes" data-testid="verify-outcomes">
      <span>{lang === 'zh' ? '查验结果：' : 'Verification result: '}</span>
      {OUTCOMES.map((o) => (
        <button key={o.outcome} type="button" class="secondary" data-testid="verify-outcome" data-outcome={o.outcome} disabled={disabled} onClick={() => onPick(o.outcome)}>
          {lang === 'zh' ? o.zh : o.en}
        </button>
      ))}
    </div>
  );
}

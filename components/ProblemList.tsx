import type { Problem } from '@/utils/invoice/model';
import { say, type UiLanguage } from '@/utils/ui-text';

export function ProblemList({ problems, lang, testId, kind }: { problems: Problem[]; lang: UiLanguage; testId: string; kind: 'error' | 'warning' }) {
  if (!problems.length) return null;
  return (
    <ul class={`problems ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {problems.map((p) => (
        <li key={`${p.field}-${p.code}`} data-testid={testId} data-field={p.field} data-code={p.code}>
          {say(p, lang)}
        </li>
      ))}
    </ul>
  );
}

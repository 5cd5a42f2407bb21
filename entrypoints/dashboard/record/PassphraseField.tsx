interface Props {
  label: string;
  testId: string;
  value: string;
  /** `new-password` lets a password manager offer to keep a new backup's passphrase; `off` for typing an old one. */
  autoComplete: 'new-password' | 'off';
  invalid: boolean;
  onChange: (value: string) => void;
  onEnter: () => void;
}

export function PassphraseField({ label, testId, value, autoComplete, invalid, onChange, onEnter }: Props) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="password"
        autoComplete={autoComplete}
        data-testid={testId}
        value={value}
        aria-invalid={invalid}
        onInput={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && onEnter()}
      />
    </label>
  );
}

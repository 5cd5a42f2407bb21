import { useState } from 'preact/hooks';
import { translator } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';

interface Props {
  lang: UiLanguage;
  onFiles: (files: File[]) => void;
  onPaste: (text: string) => void;
}

/** Where files arrive: dropped, picked, or rows pasted from Excel. */
export function DropZone({ lang, onFiles, onPaste }: Props) {
  const t = translator(lang);
  const [over, setOver] = useState(false);
  const [pasted, setPasted] = useState('');
  return (
    <div class="import-inputs">
      <div
        class={`drop-zone${over ? ' over' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = [...(e.dataTransfer?.files ?? [])];
          if (files.length) onFiles(files);
        }}
      >
        <p>{t('import.dropHint')}</p>
        <label class="file-pick">
          <input
            type="file"
            multiple
            data-testid="import-files"
            accept=".ofd,.xml,.pdf,.jpg,.jpeg,.png,.csv,.tsv,.txt,.xlsx"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const files = [...(input.files ?? [])];
              input.value = '';
              if (files.length) onFiles(files);
            }}
          />
          <span>{t('import.pick')}</span>
        </label>
      </div>
      <label class="paste">
        <span>{t('import.pasteLabel')}</span>
        <textarea data-testid="import-paste" rows={3} value={pasted} onInput={(e) => setPasted((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <button
        type="button"
        class="secondary"
        data-testid="import-paste-read"
        disabled={!pasted.trim()}
        onClick={() => {
          onPaste(pasted);
          setPasted('');
        }}
      >
        {t('import.pasteRead')}
      </button>
    </div>
  );
}

import { useState } from 'preact/hooks';
import { say, type UiLanguage } from '@/utils/ui-text';
import { IMPORT_TEXT } from './import-text';

interface Props {
  lang: UiLanguage;
  onFiles: (files: File[]) => void;
  onPaste: (text: string) => void;
}

/** Where files arrive: dropped, picked, or rows pasted from Excel. */
export function DropZone({ lang, onFiles, onPaste }: Props) {
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
        <p>{say(IMPORT_TEXT.dropHint, lang)}</p>
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
          <span>{say(IMPORT_TEXT.pick, lang)}</span>
        </label>
      </div>
      <label class="paste">
        <span>{say(IMPORT_TEXT.pasteLabel, lang)}</span>
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
        {say(IMPORT_TEXT.pasteRead, lang)}
      </button>
    </div>
  );
}

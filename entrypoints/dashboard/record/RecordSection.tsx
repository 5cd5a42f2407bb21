import { say, type UiLanguage } from '@/utils/ui-text';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { RECORD_TEXT as T } from './record-text';
import { RestorePanel } from './RestorePanel';

interface Props {
  lang: UiLanguage;
  total: number;
  filtered: string[] | null;
  onChanged: () => Promise<void>;
}

export function RecordSection({ lang, total, filtered, onChanged }: Props) {
  return (
    <section class="card record-section">
      <h2>{say(T.title, lang)}</h2>
      <div class="record-panels">
        <ExportPanel lang={lang} total={total} filtered={filtered} />
        <BackupPanel lang={lang} />
        <RestorePanel lang={lang} onChanged={onChanged} />
      </div>
      <p class="privacy">{say(T.localOnly, lang)}</p>
    </section>
  );
}

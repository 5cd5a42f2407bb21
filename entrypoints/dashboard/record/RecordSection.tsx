import { translator } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { RestorePanel } from './RestorePanel';

interface Props {
  lang: UiLanguage;
  total: number;
  filtered: string[] | null;
  onChanged: () => Promise<void>;
}

export function RecordSection({ lang, total, filtered, onChanged }: Props) {
  const t = translator(lang);
  return (
    <section class="card record-section">
      <h2>{t('record.title')}</h2>
      <div class="record-panels">
        <ExportPanel lang={lang} total={total} filtered={filtered} />
        <BackupPanel lang={lang} />
        <RestorePanel lang={lang} onChanged={onChanged} />
      </div>
      <p class="privacy">{t('record.localOnly')}</p>
    </section>
  );
}

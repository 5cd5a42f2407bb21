import { filesOf } from '@/utils/store/import-batch';
import { translator } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';
import { importStore } from './import/import-store';

/** Types the browser shows itself; OFD and XML are handed over as downloads for the user's own reader. */
const VIEWABLE = /^(application\/pdf|image\/(png|jpeg))$/;

async function openOriginal(invoiceKey: string): Promise<void> {
  const [file] = await importStore.withDb((db) => filesOf(db, invoiceKey));
  if (!file) return;
  const url = URL.createObjectURL(file.blob.type ? file.blob : new Blob([file.blob], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  if (VIEWABLE.test(file.type)) a.target = '_blank';
  else a.download = file.name;
  a.click();
  // The new tab or the download has taken the blob by then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Opens the file an invoice was imported from. */
export function OriginalLink({ invoiceKey, lang }: { invoiceKey: string; lang: UiLanguage }) {
  return (
    <button type="button" class="link" data-testid="original-file" onClick={() => void openOriginal(invoiceKey)}>
      {translator(lang)('import.openOriginal')}
    </button>
  );
}

import { openStore, type FapiaoDB } from '@/utils/store/db';
import { savedMappings } from '@/utils/store/import-batch';
import type { SheetMapping } from '@/utils/store/stored-types';
import { sendMessage } from '@/utils/send-message';

/**
 * The dashboard writes an import itself: invoices and their original files (Blobs, which runtime messages cannot
 * carry) land in one IndexedDB transaction. The background is told afterwards so it recounts the badge. Each use
 * opens its own short connection, so none is left open to block a later upgrade.
 */
async function withDb<T>(use: (db: FapiaoDB) => Promise<T>): Promise<T> {
  const db = await openStore();
  try {
    return await use(db);
  } finally {
    db.close();
  }
}

export const importStore = {
  withDb,
  mappings: (): Promise<SheetMapping[]> => withDb(savedMappings),
  notifyChanged: async (): Promise<void> => {
    await sendMessage({ type: 'store:changed' });
  },
};

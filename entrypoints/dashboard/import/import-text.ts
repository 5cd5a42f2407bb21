import { both } from '@/utils/i18n/t';

/**
 * The import section's words are in the t() tables (`import.*`). This is kept only for OriginalLink, outside this
 * folder, until it calls t('import.openOriginal') itself; then this file goes.
 */
export const IMPORT_TEXT = { openOriginal: both('import.openOriginal') } as const;

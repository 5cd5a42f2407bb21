import type { Problem } from '../../invoice/model';
import { passphraseEmpty, passphraseShort } from './problems';

export const MIN_PASSPHRASE_CHARS = 8;

/**
 * The passphrase as the key is derived from it. NFKC folds full-width letters, digits and spaces to their ASCII
 * forms, so a passphrase typed with a Chinese IME in full-width mode opens the backup when typed in half-width mode
 * later (and the reverse); it also unifies the several Unicode encodings of the same accented letter.
 * Changing this would make existing backups unopenable.
 */
export const normalizePassphrase = (passphrase: string): string => passphrase.normalize('NFKC');

/** Why a passphrase may not protect a new backup, or null if it may. Characters, not UTF-16 units, are counted. */
export function checkPassphrase(passphrase: string): Problem | null {
  const normalized = normalizePassphrase(passphrase);
  if (normalized.trim() === '') return passphraseEmpty();
  if ([...normalized].length < MIN_PASSPHRASE_CHARS) return passphraseShort(MIN_PASSPHRASE_CHARS);
  return null;
}

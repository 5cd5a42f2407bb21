import { describe, expect, it } from 'vitest';
import { checkPassphrase } from './passphrase';

describe('checkPassphrase', () => {
  it.each([
    ['', 'backup-passphrase-empty'],
    ['        ', 'backup-passphrase-empty'],
    ['\u3000\u3000', 'backup-passphrase-empty'],
    ['1234567', 'backup-passphrase-short'],
    ['发票守望的口令', 'backup-passphrase-short'],
    ['🔒🔒🔒🔒🔒🔒🔒', 'backup-passphrase-short'],
  ])('refuses %j', (passphrase, code) => {
    const problem = checkPassphrase(passphrase);
    expect(problem?.code).toBe(code);
    expect(problem?.field).toBe('passphrase');
  });

  it.each(['12345678', '发票守望的备份口令', 'ｐａｓｓｗｏｒｄ'])('accepts %j', (passphrase) => {
    expect(checkPassphrase(passphrase)).toBeNull();
  });

  it('says how long a passphrase must be', () => {
    expect(checkPassphrase('short')).toMatchObject({ zh: '口令至少需要 8 个字符。', en: 'The passphrase needs at least 8 characters.' });
  });
});

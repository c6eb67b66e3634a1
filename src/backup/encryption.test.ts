// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBackup } from './backup';
import { decryptBackupText, encryptBackupText, looksEncrypted, PBKDF2_ITERATIONS } from './encryption';

const AI = 'linkedin.data-for-generative-ai-improvement';
const plain = JSON.stringify(createBackup(
  { checks: { [AI]: { status: 'done', at: '2026-11-23T10:00:00.000Z' } }, notes: { [AI]: { text: 'Turned off for Mum', at: '2026-11-23T10:00:00.000Z' } }, history: [], prefs: { platforms: ['linkedin'] } },
  'v1', new Date('2026-11-23T10:00:00.000Z'),
));

describe('a passphrase-protected backup', () => {
  it('opens with the right passphrase, at the full 600,000 iterations, and with no other', async () => {
    const sealed = await encryptBackupText(plain, 'correct horse battery staple');
    expect(JSON.parse(sealed).kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(await decryptBackupText(sealed, 'correct horse battery staple')).toEqual({ ok: true, text: plain });
    expect(await decryptBackupText(sealed, 'correct horse battery stapler')).toEqual({ ok: false, problem: 'wrong-passphrase-or-altered' });
  });

  it('shows nothing of what it holds: no platform, setting or note', async () => {
    const sealed = await encryptBackupText(plain, 'pass phrase', 1000);
    expect(looksEncrypted(sealed)).toBe(true);
    for (const secret of ['linkedin', 'LinkedIn', 'generative', 'Mum', 'done']) expect(sealed).not.toContain(secret);
  });

  it('uses a fresh salt and IV for every file', async () => {
    const [a, b] = [await encryptBackupText(plain, 'same', 1000), await encryptBackupText(plain, 'same', 1000)];
    expect(JSON.parse(a).kdf.salt).not.toBe(JSON.parse(b).kdf.salt);
    expect(JSON.parse(a).cipher.iv).not.toBe(JSON.parse(b).cipher.iv);
  });

  it('refuses a file from a newer version, and one asking for absurd work, without deriving anything', async () => {
    const sealed = JSON.parse(await encryptBackupText(plain, 'p', 1000));
    expect(await decryptBackupText(JSON.stringify({ ...sealed, version: 2 }), 'p')).toEqual({ ok: false, problem: 'unsupported' });
    const greedy = JSON.stringify({ ...sealed, kdf: { ...sealed.kdf, iterations: 1e12 } });
    expect(await decryptBackupText(greedy, 'p')).toEqual({ ok: false, problem: 'damaged' });
    expect(await decryptBackupText('{"type":"privacy-checkup-backup"}', 'p')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuses 1,000 files each altered in one byte, whichever byte and however', async () => {
    // Fewer iterations keep a thousand key derivations quick; the checks are the same at any count.
    const sealed = await encryptBackupText(plain, 'right', 1000);
    await fc.assert(
      fc.asyncProperty(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }), async (at, delta) => {
        const altered = sealed.slice(0, at) + String.fromCharCode((sealed.charCodeAt(at) + delta) % 256) + sealed.slice(at + 1);
        const result = await decryptBackupText(altered, 'right');
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

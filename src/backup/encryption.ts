/**
 * Passphrase-protected backups through Web Crypto: AES-GCM with a key derived by PBKDF2-SHA-256
 * (600,000 iterations, OWASP's 2023 figure), a random salt and IV per file, and a versioned envelope
 * that names both. The envelope's header is bound to the ciphertext as additional data, and the file
 * must be exactly the envelope's canonical form, so a file changed by even one byte is refused.
 * Pure: text in, text out; no React, no store, no words of the interface.
 */
import { BACKUP_MAX_BYTES } from '../schema/backup';

const ENCRYPTED_BACKUP_TYPE = 'privacy-checkup-encrypted-backup';
export const PBKDF2_ITERATIONS = 600_000;
/** A protected file is base64 of what it holds (a third larger) plus a short envelope. */
export const ENCRYPTED_MAX_BYTES = Math.ceil((BACKUP_MAX_BYTES * 4) / 3) + 4096;
/** Far above any iteration count this app writes; a file asking for more is refused rather than left to hang the tab. */
const MAX_ITERATIONS = 10_000_000;

interface Envelope {
  type: typeof ENCRYPTED_BACKUP_TYPE;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
}

export type DecryptProblem =
  /** Not an encrypted backup, or one whose envelope is damaged. */
  | 'damaged'
  /** Made by a newer version of the app. */
  | 'unsupported'
  /** The passphrase does not open it, or its contents were changed after it was made: AES-GCM cannot tell which. */
  | 'wrong-passphrase-or-altered';

export type Decrypted = { ok: true; text: string } | { ok: false; problem: DecryptProblem };

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a large backup into one call would overflow the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict: a string that is not the canonical base64 of its own bytes is refused, so no spare bit can change unnoticed. */
function fromBase64(text: unknown): Uint8Array<ArrayBuffer> | undefined {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  try {
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    return toBase64(bytes) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
}

/** The envelope as written: fixed key order, no whitespace. Decryption accepts only this exact text. */
const serialise = (envelope: Envelope) =>
  JSON.stringify({
    type: envelope.type,
    version: envelope.version,
    kdf: { name: envelope.kdf.name, hash: envelope.kdf.hash, iterations: envelope.kdf.iterations, salt: envelope.kdf.salt },
    cipher: { name: envelope.cipher.name, iv: envelope.cipher.iv },
    data: envelope.data,
  });

/** Everything but the ciphertext, bound to it as AES-GCM additional data. */
const header = (envelope: Envelope) => new TextEncoder().encode(serialise({ ...envelope, data: '' }));

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** `iterations` is a parameter so tests can fuzz quickly; the app always uses the default. */
export async function encryptBackupText(plain: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const envelope: Envelope = {
    type: ENCRYPTED_BACKUP_TYPE,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: '',
  };
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header(envelope) }, key, new TextEncoder().encode(plain));
  return serialise({ ...envelope, data: toBase64(new Uint8Array(sealed)) });
}

/** Whether a file's text claims to be an encrypted backup (cheap; says nothing of whether it is intact). */
export function looksEncrypted(text: string): boolean {
  return text.trimStart().startsWith(`{"type":"${ENCRYPTED_BACKUP_TYPE}"`);
}

function readEnvelope(text: string): { envelope: Envelope; salt: Uint8Array<ArrayBuffer>; iv: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> } | DecryptProblem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return 'damaged';
  }
  if (!json || typeof json !== 'object' || (json as { type?: unknown }).type !== ENCRYPTED_BACKUP_TYPE) return 'damaged';
  const { version } = json as { version?: unknown };
  if (typeof version === 'number' && Number.isInteger(version) && version > 1) return 'unsupported';
  const envelope = json as Envelope;
  if (version !== 1 || envelope.kdf?.name !== 'PBKDF2' || envelope.kdf.hash !== 'SHA-256' || envelope.cipher?.name !== 'AES-GCM') return 'damaged';
  const { iterations } = envelope.kdf;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) return 'damaged';
  const salt = fromBase64(envelope.kdf.salt);
  const iv = fromBase64(envelope.cipher.iv);
  const data = fromBase64(envelope.data);
  if (!salt || salt.length < 16 || !iv || iv.length !== 12 || !data || data.length < 16) return 'damaged';
  // Any byte outside the canonical form — a space, a reordered key, an extra field — is a changed file.
  if (serialise(envelope) !== text.replace(/\r?\n$/, '')) return 'damaged';
  return { envelope, salt, iv, data };
}

export async function decryptBackupText(text: string, passphrase: string): Promise<Decrypted> {
  const read = readEnvelope(text);
  if (typeof read === 'string') return { ok: false, problem: read };
  const { envelope, salt, iv, data } = read;
  try {
    const key = await deriveKey(passphrase, salt, envelope.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header(envelope) }, key, data);
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, problem: 'wrong-passphrase-or-altered' };
  }
}

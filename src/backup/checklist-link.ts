/**
 * Checklists for a group, in and out: a link whose fragment (`#…`, which browsers never send to a
 * server) carries the checklist, or a small file with the same JSON. Pure: everything read passes
 * size, encoding, JSON, envelope, format, schema and the catalogue's ids before anyone sees it.
 */
import {
  CHECKLIST_FORMAT, CHECKLIST_TYPE, checklistSchema, type Checklist,
} from '../schema/checklist';
import { z } from '../schema/z';

/** A fragment longer than this is refused unread; sixty settings fit in about a third of it. */
export const CHECKLIST_LINK_MAX_CHARS = 12_000;
/** A checklist file larger than this is refused unread. */
export const CHECKLIST_FILE_MAX_BYTES = 16 * 1024;

export type ChecklistProblem =
  | { kind: 'too-large' }
  | { kind: 'not-a-checklist' }
  | { kind: 'newer-format' }
  | { kind: 'invalid'; fields: string[] }
  | { kind: 'repeated-settings' }
  | { kind: 'unknown-settings'; count: number };

export type ParsedChecklist = { ok: true; checklist: Checklist } | { ok: false; problem: ChecklistProblem };

/** What the organiser chose, made into a checklist: text trimmed, each setting once, in their order. */
export function makeChecklist(input: { title: string; intro: string; days: number | undefined; settings: readonly string[] }): Checklist {
  return {
    type: CHECKLIST_TYPE,
    format: CHECKLIST_FORMAT,
    title: input.title.trim(),
    intro: input.intro.trim(),
    ...(input.days !== undefined && { days: input.days }),
    settings: [...new Set(input.settings)],
  };
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array | undefined => {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
};

/** The link's fragment (without `#`): the checklist's JSON, UTF-8, base64url. */
export function encodeChecklistLink(checklist: Checklist): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(checklist)));
}

/** The file's text: the same JSON, readable. */
export const checklistFileText = (checklist: Checklist): string => JSON.stringify(checklist, null, 2) + '\n';

const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a checklist's JSON text; `isKnown` says whether a setting id is in this catalogue (an unknown
 * one is refused rather than silently dropped, so the person sees every setting the organiser meant).
 */
export function parseChecklistText(text: string, isKnown: (settingId: string) => boolean): ParsedChecklist {
  if (text.length > CHECKLIST_FILE_MAX_BYTES) return { ok: false, problem: { kind: 'too-large' } };
  let json: unknown;
  let hostile = false;
  try {
    json = JSON.parse(text, (key, value: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostile = true;
      return value;
    });
  } catch {
    return { ok: false, problem: { kind: 'not-a-checklist' } };
  }
  if (hostile || typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, problem: { kind: 'not-a-checklist' } };
  if (!('type' in json) || json.type !== CHECKLIST_TYPE) return { ok: false, problem: { kind: 'not-a-checklist' } };
  if ('format' in json && typeof json.format === 'number' && json.format > CHECKLIST_FORMAT) return { ok: false, problem: { kind: 'newer-format' } };
  const parsed = z.safeParse(checklistSchema, json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(file)'))];
    return { ok: false, problem: { kind: 'invalid', fields } };
  }
  const { settings } = parsed.data;
  if (new Set(settings).size !== settings.length) return { ok: false, problem: { kind: 'repeated-settings' } };
  const unknown = settings.filter((id) => !isKnown(id)).length;
  if (unknown > 0) return { ok: false, problem: { kind: 'unknown-settings', count: unknown } };
  return { ok: true, checklist: parsed.data };
}

/** Reads a link's fragment (with or without its `#`). */
export function decodeChecklistLink(fragment: string, isKnown: (settingId: string) => boolean): ParsedChecklist {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (text.length > CHECKLIST_LINK_MAX_CHARS) return { ok: false, problem: { kind: 'too-large' } };
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length === 0) return { ok: false, problem: { kind: 'not-a-checklist' } };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { kind: 'not-a-checklist' } };
  }
  return parseChecklistText(json, isKnown);
}

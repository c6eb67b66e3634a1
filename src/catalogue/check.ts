import { utcDate } from '../audit/calendar.ts';
import { platformSchema, type Platform } from '../schema/catalogue.ts';
import { z } from '../schema/z.ts';
import { evidenceProblems, givenFields } from './evidence.ts';

export interface CatalogueFile {
  /** Path shown in messages, e.g. `data/platforms/linkedin.json`. */
  file: string;
  content: string;
}

export interface CatalogueProblem {
  file: string;
  /** The setting id (or platform id) the problem sits in, when one can be named. */
  entry?: string;
  /** Dotted path of the bad field inside that entry, e.g. `sources.0`. */
  field?: string;
  message: string;
  /** A new id not yet listed in ids.lock: fixed by `--write-lock`, so it does not stop a dev build. */
  unlisted?: true;
}

export interface CatalogueCheck {
  platforms: Platform[];
  problems: CatalogueProblem[];
}

export function formatProblem(p: CatalogueProblem): string {
  return [p.file, p.entry, p.field].filter(Boolean).join(' › ') + ': ' + p.message;
}

/** Finds the entry a zod issue path points into, so an editor is told which setting to open. */
function locate(json: unknown, path: readonly PropertyKey[]): { entry?: string; field?: string } {
  const platformId = json && typeof json === 'object' && 'id' in json ? String(json.id) : undefined;
  if (path[0] === 'settings' && typeof path[1] === 'number' && json && typeof json === 'object' && 'settings' in json) {
    const settings = json.settings;
    const setting = Array.isArray(settings) ? (settings[path[1]] as unknown) : undefined;
    const id = setting && typeof setting === 'object' && 'id' in setting ? String(setting.id) : `settings[${path[1]}]`;
    return { entry: id, field: path.slice(2).map(String).join('.') || undefined };
  }
  return { entry: platformId, field: path.map(String).join('.') || undefined };
}

/**
 * A catalogue file read as JSON and checked against its schema, or the problems that stop it, each
 * placed by `where` (the entry and field a zod issue path points into).
 */
export function parseFile<S extends z.ZodMiniType>(
  file: string,
  content: string,
  schema: S,
  where: (json: unknown, path: readonly PropertyKey[]) => { entry?: string; field?: string },
): { ok: true; data: z.infer<S> } | { ok: false; problems: CatalogueProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, problems: [{ file, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const result = z.safeParse(schema, json);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file,
      ...where(json, issue.path),
      message: issue.code === 'unrecognized_keys' ? `has unknown field(s): ${issue.keys.join(', ')}` : issue.message,
    })),
  };
}

/**
 * Parses every platform file and checks what one file cannot see alone: unique ids, one featured
 * entry, file names matching ids, and every id ever shipped (`ids.lock`) still present.
 */
export function checkCatalogue(files: readonly CatalogueFile[], idsLock: readonly string[], now = new Date()): CatalogueCheck {
  const today = utcDate(now);
  const problems: CatalogueProblem[] = [];
  const platforms: Platform[] = [];
  const seen = new Map<string, string>();

  for (const { file, content } of files) {
    const parsed = parseFile(file, content, platformSchema, locate);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const platform = parsed.data;
    const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (platform.id !== expected) {
      problems.push({ file, entry: platform.id, field: 'id', message: `must match the file name ("${expected}")` });
    }
    for (const setting of platform.settings) {
      if (!setting.id.startsWith(platform.id + '.')) {
        problems.push({ file, entry: setting.id, field: 'id', message: `must start with the platform id "${platform.id}."` });
      }
      if (setting.checked > today) problems.push({ file, entry: setting.id, field: 'checked', message: `is in the future (${setting.checked})` });
      if (setting.added > setting.updated) problems.push({ file, entry: setting.id, field: 'updated', message: 'must not be earlier than added' });
      for (const problem of evidenceProblems(setting.evidence, givenFields(setting), setting.sources)) {
        problems.push({ file, entry: setting.id, ...problem });
      }
      const cited = new Set(setting.sources.map((s) => s.url));
      if (setting.volatileSource && !cited.has(setting.volatileSource)) {
        problems.push({ file, entry: setting.id, field: 'volatileSource', message: 'must be one of the entry’s sources' });
      }
      setting.sources.forEach((source, i) => {
        if (source.date > today) problems.push({ file, entry: setting.id, field: `sources.${i}.date`, message: `is in the future (${source.date})` });
      });
      setting.changes?.forEach((change, i) => {
        if (change.date > setting.updated) {
          problems.push({ file, entry: setting.id, field: `changes.${i}.date`, message: `is newer than updated (${setting.updated}); bump updated` });
        }
        if (change.source && !cited.has(change.source)) {
          problems.push({ file, entry: setting.id, field: `changes.${i}.source`, message: 'must be one of the entry’s sources' });
        }
      });
      const earlier = seen.get(setting.id);
      if (earlier) problems.push({ file, entry: setting.id, field: 'id', message: `is used twice (also in ${earlier})` });
      seen.set(setting.id, file);
    }
    const platformGiven = (['settingsUrl', 'regions'] as const).filter((field) => platform[field] !== undefined);
    for (const problem of evidenceProblems(platform.evidence, platformGiven, platform.settings.flatMap((s) => s.sources))) {
      problems.push({ file, entry: platform.id, ...problem });
    }
    platforms.push(platform);
  }

  for (const platform of platforms) {
    for (const setting of platform.settings) {
      if (setting.retired?.replacedBy && !seen.has(setting.retired.replacedBy)) {
        problems.push({ file: seen.get(setting.id) ?? '', entry: setting.id, field: 'retired.replacedBy', message: 'names a setting that does not exist' });
      }
    }
  }

  const featured = platforms.flatMap((p) => p.settings.filter((s) => s.featured));
  if (featured.length > 1) {
    for (const s of featured.slice(1)) problems.push({ file: 'data/platforms', entry: s.id, field: 'featured', message: 'only one entry may be featured' });
  }
  for (const id of idsLock) {
    if (!seen.has(id)) {
      problems.push({ file: 'data/ids.lock', entry: id, message: 'was shipped once and has vanished; retire it (retired: { date }) instead of deleting it' });
    }
  }
  for (const id of seen.keys()) {
    if (!idsLock.includes(id)) problems.push({ file: 'data/ids.lock', entry: id, message: 'is missing from data/ids.lock; run npm run catalogue:check -- --write-lock', unlisted: true });
  }

  platforms.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { platforms, problems };
}

export function parseIdsLock(content: string): string[] {
  return content
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

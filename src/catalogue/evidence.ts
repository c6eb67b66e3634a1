/**
 * How well each fact of a setting is supported: the grades, what a grade needs of the sources, and the
 * summary a card shows. Pure: no React, no words of the interface.
 */
import type { CheckableField, Evidence, Grade, Setting, Source } from '../schema/catalogue';
import { CHECKABLE_FIELDS, GRADES } from '../schema/constants';

type GradeValue = NonNullable<Evidence[CheckableField]>;

function gradeOf(value: GradeValue): { grade: Grade; note?: string } {
  return typeof value === 'string' ? { grade: value } : value;
}

/** The checkable facts an entry actually gives: a grade is owed for each of these and no other. */
export function givenFields(setting: Pick<Setting, 'steps'> & Partial<Setting>): CheckableField[] {
  return CHECKABLE_FIELDS.filter((field) => {
    const [head, surface] = field.split('.') as [keyof Setting, keyof Setting['steps'] | undefined];
    return surface ? Boolean(setting.steps[surface]?.length) : setting[head] !== undefined;
  });
}

const REPUTABLE = new Set<Source['kind']>(['official', 'regulator', 'press']);

/** Two reputable sources from different publishers: what `documented` means. */
export function hasIndependentPair(sources: readonly Source[]): boolean {
  return new Set(sources.filter((s) => REPUTABLE.has(s.kind)).map((s) => s.publisher.toLowerCase())).size >= 2;
}

export interface EvidenceProblem {
  field: string;
  message: string;
}

/** What a grade claims that the cited sources cannot back, and facts given without a grade. */
export function evidenceProblems(
  evidence: Partial<Record<string, GradeValue>>,
  given: readonly string[],
  sources: readonly Source[],
): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const official = sources.some((s) => s.kind === 'official');
  for (const field of given) {
    if (evidence[field] === undefined) problems.push({ field: `evidence.${field}`, message: 'is missing (every fact needs a grade)' });
  }
  for (const [field, value] of Object.entries(evidence)) {
    if (value === undefined) continue;
    if (!given.includes(field)) {
      problems.push({ field: `evidence.${field}`, message: 'grades a fact the entry does not give' });
      continue;
    }
    const { grade } = gradeOf(value);
    if (grade === 'official' && !official) {
      problems.push({ field: `evidence.${field}`, message: 'is official, but no source is of kind official' });
    }
    if (grade === 'documented' && !hasIndependentPair(sources)) {
      problems.push({ field: `evidence.${field}`, message: 'is documented, but there are not two reputable sources from different publishers' });
    }
  }
  return problems;
}

export type GradeCounts = Record<Grade, number>;

export function gradeCounts(settings: readonly Setting[]): GradeCounts {
  const counts = Object.fromEntries(GRADES.map((g) => [g, 0])) as GradeCounts;
  for (const setting of settings) {
    for (const value of Object.values(setting.evidence)) if (value !== undefined) counts[gradeOf(value).grade]++;
  }
  return counts;
}

/** The share of graded facts that are official or documented, 0–1 (1 when nothing is graded). */
export function strongShare(counts: GradeCounts): number {
  const total = GRADES.reduce((n, g) => n + counts[g], 0);
  return total ? (counts.official + counts.documented) / total : 1;
}

export interface EvidenceSummary {
  /** The newest official source: the page a person can trust the entry to follow. */
  lead?: Source;
  /** Facts below `documented`, weakest first, each with its grade and any note. */
  weaker: { field: CheckableField; grade: Grade; note?: string }[];
}

export function evidenceSummary(setting: Pick<Setting, 'evidence' | 'sources'>): EvidenceSummary {
  const lead = setting.sources
    .filter((s) => s.kind === 'official')
    .reduce<Source | undefined>((newest, s) => (!newest || s.date > newest.date ? s : newest), undefined);
  const weaker = CHECKABLE_FIELDS.flatMap((field) => {
    const value = setting.evidence[field];
    if (value === undefined) return [];
    const { grade, note } = gradeOf(value);
    return grade === 'official' || grade === 'documented' ? [] : [{ field, grade, ...(note && { note }) }];
  }).sort((a, b) => GRADES.indexOf(b.grade) - GRADES.indexOf(a.grade));
  return { ...(lead && { lead }), weaker };
}

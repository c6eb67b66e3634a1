import { useState } from 'react';
import { planSession } from '../audit/guided';
import { stepQueue } from '../audit/next-step';
import type { PlatformSummary, SettingSummary } from '../catalogue/index-model';
import type { Status } from '../schema/constants';
import { useAppStore } from '../store/hooks';

export type GuidedItem = SettingSummary & { platform: PlatformSummary };

/** A round of the guided flow lasts about this long, by the catalogue's effort estimates. */
const ROUND_MINUTES = 10;

/**
 * The guided flow's state, in memory only (DESIGN.md: UI state never reaches storage). A round is
 * planned once, when it starts, so a setting skipped in it does not come straight back; "another
 * round" plans again without anything already shown.
 */
export function useGuidedSession(candidates: readonly GuidedItem[]) {
  const checks = useAppStore((s) => s.checks);
  const region = useAppStore((s) => s.prefs.region);
  const plan = (without: ReadonlySet<string>) =>
    planSession(stepQueue(candidates, checks, region).filter((c) => !without.has(c.id)), ROUND_MINUTES);
  const [round, setRound] = useState<GuidedItem[]>(() => plan(new Set()));
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set(round.slice(0, 1).map((s) => s.id)));
  const [index, setIndex] = useState(0);
  const [decided, setDecided] = useState<ReadonlySet<string>>(new Set());
  const [stopped, setStopped] = useState(round.length === 0);

  const current = stopped ? undefined : round[index];
  const show = (item: GuidedItem | undefined) => {
    if (item) setShown((s) => new Set([...s, item.id]));
  };
  return {
    round,
    index,
    current,
    stopped,
    /** Decisions of this session, as the store holds them now (an undo from the toast counts). */
    decisions: new Map<string, Status | undefined>([...decided].map((id) => [id, checks[id]?.status])),
    decidedCurrent: current !== undefined && decided.has(current.id),
    markDecided: (id: string) => setDecided((d) => new Set([...d, id])),
    next: () => {
      if (index + 1 >= round.length) return setStopped(true);
      setIndex(index + 1);
      show(round[index + 1]);
    },
    stop: () => setStopped(true),
    /** Another round, or `false` when nothing is left that this session has not shown. */
    another: (): boolean => {
      const nextRound = plan(shown);
      if (nextRound.length === 0) return false;
      setRound(nextRound);
      setIndex(0);
      show(nextRound[0]);
      setStopped(false);
      return true;
    },
    hasMore: plan(shown).length > 0,
  };
}

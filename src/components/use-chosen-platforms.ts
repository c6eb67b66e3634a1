import { useMemo } from 'react';
import { chosenPlatforms } from '../catalogue/chosen';
import { useAppStore } from '../store/hooks';
import { useCatalogue } from './use-catalogue';

/** The index's platforms the person chose (see `chosenPlatforms`); one array per choice, so it can be a memo dependency. */
export function useChosenPlatforms() {
  const chosenIds = useAppStore((s) => s.prefs.platforms);
  const { platforms } = useCatalogue();
  return useMemo(() => chosenPlatforms(platforms, chosenIds), [platforms, chosenIds]);
}

import { useMemo } from 'react';
import { catalogueIndex } from '../catalogue/catalogue';
import { chosenPlatforms } from '../catalogue/chosen';
import { useAppStore } from '../store/hooks';

/** The index's platforms the person chose (see `chosenPlatforms`); one array per choice, so it can be a memo dependency. */
export function useChosenPlatforms() {
  const chosenIds = useAppStore((s) => s.prefs.platforms);
  return useMemo(() => chosenPlatforms(catalogueIndex.platforms, chosenIds), [chosenIds]);
}

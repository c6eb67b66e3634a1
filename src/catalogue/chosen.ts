/**
 * "The chosen platforms": the catalogue's platforms the person picked, in catalogue order. Ids
 * no longer in the catalogue are dropped; before a first choice (`undefined`) there are none.
 */
export function chosenPlatforms<P extends { id: string }>(platforms: readonly P[], chosenIds: readonly string[] | undefined): P[] {
  if (!chosenIds?.length) return [];
  const chosen = new Set(chosenIds);
  return platforms.filter((p) => chosen.has(p.id));
}

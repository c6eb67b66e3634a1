/**
 * Fewer, larger chunks on the paths that matter: everything the interface (`src/start.tsx`) needs
 * at start goes into one chunk, and a platform page's code into another, instead of the dozen
 * shared slivers automatic splitting makes. Over HTTP/1.1 (six connections per host) a dozen
 * requests queue behind each other, and a deep link's own chunks queue behind them all.
 * Modules the entry (`src/main.ts`) imports stay in the entry's chunk.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

export function chunkGroups(root: string, groups: Readonly<Record<string, string>>, entry: string) {
  let owner: Map<string, string> | undefined;
  const closure = (graph: ModuleGraph, from: string, skip: ReadonlySet<string>) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id) || skip.has(id)) continue;
      seen.add(id);
      stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    return seen;
  };
  return (id: string, graph: ModuleGraph): string | null => {
    if (!owner) {
      owner = new Map();
      const taken = closure(graph, `${root}/${entry}`, new Set());
      for (const [name, file] of Object.entries(groups)) {
        for (const member of closure(graph, `${root}/${file}`, taken)) {
          owner.set(member, name);
          taken.add(member);
        }
      }
    }
    return owner.get(id) ?? null;
  };
}

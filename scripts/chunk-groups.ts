/**
 * Fewer, larger chunks on the paths that matter, instead of the dozen shared slivers automatic
 * splitting makes: over HTTP/1.1 (six connections per host) a dozen requests queue behind each
 * other, and a deep link's own chunks (and the stylesheet its import waits for) queue behind them.
 * - the entry's chunk holds everything the entry (`src/main.ts`) imports, and the bundler's
 *   preload helper, which would otherwise be a request of its own;
 * - each named group holds what its module imports that an earlier group does not already hold.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const BUNDLER_HELPERS = /vite\/preload-helper/;

export function chunkGroups(root: string, entry: { name: string; file: string }, groups: Readonly<Record<string, string>>) {
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
      const taken = new Set<string>();
      for (const [name, file] of [[entry.name, entry.file], ...Object.entries(groups)] as const) {
        for (const member of closure(graph, `${root}/${file}`, taken)) {
          owner.set(member, name);
          taken.add(member);
        }
      }
    }
    return BUNDLER_HELPERS.test(id) ? entry.name : (owner.get(id) ?? null);
  };
}

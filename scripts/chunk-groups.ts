/**
 * Fewer, larger chunks on the paths that matter, instead of the dozen shared slivers automatic
 * splitting makes: over HTTP/1.1 (six connections per host) a dozen requests queue behind each
 * other, and a deep link's own chunks (and the stylesheet its import waits for) queue behind them.
 * - the entry's chunk holds everything the entry (`src/main.ts`) imports, and the bundler's
 *   preload helper, which would otherwise be a request of its own;
 * - each named group holds what its module imports that the entry does not (up to another group's
 *   module, which stays that group's), except what two groups share: that goes to the entry's chunk
 *   too, so neither page loads the other's chunk for it (the dashboard would otherwise pull in the
 *   platform page for a progress bar) — unless one group is loaded only `within` the other (a part
 *   of a page loaded later): what they share stays in the outer group's chunk, which is there first.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

const BUNDLER_HELPERS = /vite\/preload-helper/;

/** A group's module, or its module and the group it is only ever loaded within. */
type Group = string | { file: string; within: string };

export function chunkGroups(root: string, entry: { name: string; file: string }, groups: Readonly<Record<string, Group>>) {
  const fileOf = (group: Group) => (typeof group === 'string' ? group : group.file);
  const withinOf = (name: string) => { const group = groups[name]; return typeof group === 'string' ? undefined : group?.within; };
  /** Who keeps a module two groups reach: the outer of the two where one is loaded within the other, else the entry. */
  const sharedOwner = (a: string, b: string) => (a === b || a === withinOf(b) ? a : b === withinOf(a) ? b : entry.name);
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
      const entryModules = closure(graph, `${root}/${entry.file}`, new Set());
      const roots = new Set(Object.values(groups).map((group) => `${root}/${fileOf(group)}`));
      const members = Object.entries(groups).map(([name, group]) => {
        const start = `${root}/${fileOf(group)}`;
        return [name, closure(graph, start, new Set([...entryModules, ...[...roots].filter((r) => r !== start)]))] as const;
      });
      for (const id of entryModules) owner.set(id, entry.name);
      for (const [name, modules] of members) {
        for (const id of modules) {
          const current = owner.get(id);
          owner.set(id, current === undefined ? name : sharedOwner(current, name));
        }
      }
    }
    return BUNDLER_HELPERS.test(id) ? entry.name : (owner.get(id) ?? null);
  };
}

/**
 * The search box's queries for the session, newest first, shared by the reader's and the library's box:
 * `/` shows the newest (selected), ↑ on the first result and Ctrl-R step to older ones. Pure.
 */

/** How many queries a session keeps. */
export const HISTORY_KEPT = 50;

/** The history with `query` as its newest entry (once), or unchanged for an empty query. */
export function rememberQuery(history: readonly string[], query: string): string[] {
  if (!query.trim()) return [...history];
  return [query, ...history.filter((q) => q !== query)].slice(0, HISTORY_KEPT);
}

/** The entry after `at` (-1: the typed query), wrapping to the newest after the oldest; null with no history. */
export function olderEntry(history: readonly string[], at: number): { query: string; at: number } | null {
  if (!history.length) return null;
  const next = (at + 1) % history.length;
  return { query: history[next], at: next };
}

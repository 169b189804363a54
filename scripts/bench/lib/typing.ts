/** Typing a query as a person does, one key at a time: each prefix searched and timed, as the TUI would. */
import type { SearchIndex } from '../../../src/search/types.js';

export interface Keystroke {
  query: string;
  ms: number;
  hits: number;
}

export function typeEachPrefix(index: SearchIndex, phrases: readonly string[], limit: number): Keystroke[] {
  const keystrokes: Keystroke[] = [];
  for (const phrase of phrases) {
    for (let i = 1; i <= phrase.length; i++) {
      const query = phrase.slice(0, i);
      if (query.endsWith(' ')) continue;
      const start = performance.now();
      const hits = index.search(query, { limit }).length;
      keystrokes.push({ query, ms: performance.now() - start, hits });
    }
  }
  return keystrokes;
}

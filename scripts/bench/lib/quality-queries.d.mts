export function mulberry32(seed: number): () => number;
export function typo(word: string, random: () => number): string;
export function qualityQueries(
  quotes: readonly { id: string; text: string }[],
  options?: { seed?: number; perQuote?: number },
): { queries: { quoteId: string; query: string }[]; ambiguous: number };

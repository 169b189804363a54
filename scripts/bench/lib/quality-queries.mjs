// Search-quality queries, shared by tests/search/quality.test.ts and scripts/bench/cli-search.mjs:
// for every quote, windows of 3 to 6 consecutive words with one typo (a letter substituted, dropped,
// added, or two swapped) in one word of 3+ letters. Deterministic: a seeded PRNG (mulberry32).
// A window whose words (before the typo) also occur in that order in another quote has no single
// intended quote, so it is left out and counted as `ambiguous`.

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text) => [...text.matchAll(WORD)].map((m) => m[0]);
const fold = (w) => w.toLowerCase().replace(/’/g, "'");

/** One typo in `word`, never leaving it unchanged. */
export function typo(word, random) {
  const at = (n) => Math.floor(random() * n);
  const letter = () => LETTERS[at(LETTERS.length)];
  for (let attempt = 0; attempt < 20; attempt++) {
    const kind = at(4);
    const i = at(word.length);
    let out;
    if (kind === 0) out = word.slice(0, i) + letter() + word.slice(i + 1);
    else if (kind === 1) out = word.slice(0, i) + word.slice(i + 1);
    else if (kind === 2) out = word.slice(0, i) + letter() + word.slice(i);
    else {
      const j = Math.min(i, word.length - 2);
      out = word.slice(0, j) + word[j + 1] + word[j] + word.slice(j + 2);
    }
    if (fold(out) !== fold(word) && out.length > 0) return out;
  }
  return word + 'x';
}

function containsSequence(haystack, needle) {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * @param {{ id: string, text: string }[]} quotes
 * @returns {{ queries: { quoteId: string, query: string }[], ambiguous: number }}
 */
export function qualityQueries(quotes, { seed = 20230915, perQuote = 8 } = {}) {
  const random = mulberry32(seed);
  const folded = quotes.map((q) => words(q.text).map(fold));
  const queries = [];
  let ambiguous = 0;
  quotes.forEach((quote, qi) => {
    const ws = words(quote.text);
    if (ws.length === 0) return;
    for (let k = 0; k < perQuote; k++) {
      const size = Math.min(ws.length, 3 + Math.floor(random() * 4));
      const start = Math.floor(random() * (ws.length - size + 1));
      const window = ws.slice(start, start + size);
      const key = window.map(fold);
      if (folded.some((other, oi) => oi !== qi && containsSequence(other, key))) {
        ambiguous++;
        continue;
      }
      const candidates = window.map((w, i) => i).filter((i) => window[i].length >= 3);
      const pick = candidates.length ? candidates[Math.floor(random() * candidates.length)] : Math.floor(random() * window.length);
      const typed = window.slice();
      typed[pick] = typo(window[pick], random);
      queries.push({ quoteId: quote.id, query: typed.join(' ') });
    }
  });
  return { queries, ambiguous };
}

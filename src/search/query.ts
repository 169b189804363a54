/**
 * The query language, parsed once into a small structure (as fzf does) before any matching:
 *
 *   tango putin         words: typo-tolerant, a word may also match the speaker's name
 *   @putin              only quotes of speakers whose name or alias contains "putin"
 *   'exact  "a phrase"  must contain this text exactly (fuse's include match; '"a phrase" too)
 *   ^prefix  suffix$    the quote starts / ends with this (fuse extended syntax)
 *   =whole              the quote is exactly this
 *   !not  !^not  !not$  must not contain / start with / end with
 *   a | b               either (fuse extended syntax)
 *
 * Plain words are "soft": ranked by how many match and how well, so one badly mistyped word does not
 * hide the quote. Everything else is "hard": a quote that fails it is not a result.
 *
 * A query is at most MAX_QUERY_CHARS characters and MAX_QUERY_TERMS terms (words, phrases, operators):
 * every term costs a pass over the vocabulary, and a pasted page of text took minutes. Anything past
 * the caps is dropped (capQuery says so, for the CLI and the TUI to tell the user).
 */

/** The most characters of a query that are read. */
export const MAX_QUERY_CHARS = 1000;
/** The most terms (words, "phrases", operators, `|`) of a query that are used. */
export const MAX_QUERY_TERMS = 32;

/** A term: a "double-quoted phrase" (with an optional operator in front), or a run of non-white space. */
const TOKEN = /(?:[!'=^@]*"[^"]*"?\$?)|[^\s]+/g;

export interface CappedQuery {
  /** The query within the caps: whole terms only. */
  query: string;
  /** Whether anything was dropped. */
  cut: boolean;
}

/** The query within MAX_QUERY_CHARS and MAX_QUERY_TERMS, cut between terms, never inside one. */
export function capQuery(query: string): CappedQuery {
  let text = query;
  let cut = false;
  if (text.length > MAX_QUERY_CHARS) {
    cut = true;
    // Back to the last white space, so that no word is cut in two (a cut word would be searched as a typo).
    const head = text.slice(0, MAX_QUERY_CHARS + 1);
    const space = head.search(/\s\S*$/);
    text = space > 0 ? head.slice(0, space) : head.slice(0, MAX_QUERY_CHARS).replace(/[\ud800-\udbff]$/, '');
  }
  let terms = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (++terms > MAX_QUERY_TERMS) {
      text = text.slice(0, m.index);
      cut = true;
      break;
    }
  }
  return { query: cut ? text.trimEnd() : text, cut };
}

export interface FuzzyTerm {
  /** The word as fuse sees it (lower case, punctuation at the ends trimmed). */
  pattern: string;
  /** Its words for phrase alignment (`pre-sanctions` is one word, `don't` one). */
  words: string[];
}

export interface HardTerm {
  /** A fuse extended-search pattern with its operator. */
  pattern: string;
  /** Literal text to highlight where it occurs (include and phrase terms), if any. */
  literal: string | null;
  inverse: boolean;
}

export interface ParsedQuery {
  speakers: string[];
  fuzzy: FuzzyTerm[];
  hard: HardTerm[];
}

/** What the CLI and the TUI say above results that do not hold every word of the query (SearchHit.complete). */
export const PARTIAL_NOTE = 'no result has every word; closest matches';

/** What to tell the user when `query` goes past the caps (null when it does not). */
export function queryCutNote(query: string): string | null {
  const capped = capQuery(query);
  if (!capped.cut) return null;
  const terms = [...capped.query.matchAll(TOKEN)].length;
  return `query too long: searching its first ${terms} term${terms === 1 ? '' : 's'} (limits: ${MAX_QUERY_TERMS} terms, ${MAX_QUERY_CHARS} characters)`;
}

/** Splits at whitespace, keeping "double-quoted phrases" (with an optional operator in front) whole. */
function splitTokens(query: string): string[] {
  const tokens: string[] = [];
  for (const m of query.matchAll(TOKEN)) tokens.push(m[0]);
  return tokens;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu;

function unquote(s: string): string {
  return s.replace(/^"/, '').replace(/"$/, '');
}

function classify(token: string): { hard: HardTerm } | { fuzzy: FuzzyTerm } | null {
  const lower = token.toLowerCase();
  if (/^"/.test(lower)) {
    const phrase = unquote(lower);
    return phrase.trim() ? { hard: { pattern: `'"${phrase}"`, literal: phrase, inverse: false } } : null;
  }
  if (/^!?'/.test(lower) || /^!?\^/.test(lower) || /^!?=/.test(lower) || lower.startsWith('!') || (lower.length > 1 && lower.endsWith('$'))) {
    const inverse = lower.startsWith('!');
    const body = lower.replace(/^!/, '');
    if (!body.replace(/^['^=]/, '').replace(/\$$/, '').replace(/"/g, '')) return null;
    const literal = body.startsWith("'") ? unquote(body.slice(1)) : null;
    return { hard: { pattern: lower, literal: inverse ? null : literal, inverse } };
  }
  const pattern = lower.replace(EDGE_PUNCTUATION, '');
  if (!pattern) return null;
  return { fuzzy: { pattern, words: [] } };
}

export function parseQuery(query: string, foldWords: (text: string) => string[]): ParsedQuery {
  const parsed: ParsedQuery = { speakers: [], fuzzy: [], hard: [] };
  const tokens = splitTokens(capQuery(query).query.normalize('NFC'));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.startsWith('@')) {
      const name = unquote(token.slice(1)).trim().toLowerCase();
      if (name) parsed.speakers.push(name);
      continue;
    }
    if (token === '|') continue;
    // `a | b | c`: one hard OR term handed to fuse as written.
    if (tokens[i + 1] === '|' && i + 2 < tokens.length) {
      const group = [token];
      while (tokens[i + 1] === '|' && i + 2 < tokens.length) {
        group.push(tokens[i + 2]);
        i += 2;
      }
      parsed.hard.push({ pattern: group.join(' | ').toLowerCase(), literal: null, inverse: false });
      continue;
    }
    const term = classify(token);
    if (!term) continue;
    if ('hard' in term) parsed.hard.push(term.hard);
    else {
      term.fuzzy.words = foldWords(term.fuzzy.pattern);
      if (term.fuzzy.words.length) parsed.fuzzy.push(term.fuzzy);
    }
  }
  return parsed;
}

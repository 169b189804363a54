/**
 * Mentions of people in prose (outside quotes): names ("Aleksandr Lukashenko", "Ms Kovács"), role phrases
 * ("the Belarusian leader", "the President of Veloria"), pronouns (he, she, his, her) and unnamed people
 * ("a reporter", "journalists"). Each mention knows whether it stands as an object or addressee
 * ("told his Belarusian counterpart", "met with Vladimir Putin"), which can never be the speaker.
 */
import { onlyBlanks } from './chars.js';
import { wrapsOn } from './sentences.js';
import { NAME_PARTICLES } from './speaker-registry.js';
import { CAPITALS_ONLY_ROLES, DEMONYM_MAN, HONORIFICS, KNOWN_NATIONALITIES, PERSON_DESCRIPTORS, ROLE_ABBREVIATIONS, NATIONALITY_SUFFIX, NON_NAME_WORDS, NON_PERSON_HEADS, OBJECT_MARKERS, ROLE_CLASSES, ROLE_WORDS, SPEECH_VERBS } from './lexicon.js';

export type MentionKind = 'name' | 'role' | 'pronoun' | 'possessive' | 'generic';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  text: string;
  /** For names: the name's words, without role words and honorifics. */
  nameTokens: string[];
  /** Role words written with the mention ("Belarusian President", "President of Veloria"). */
  role: string | null;
  roleClass: string | null;
  nationality: string | null;
  honorific: string | null;
  /** An addressee or object: never the speaker of the sentence. */
  object: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
  /** What the word is: shared by every token of the same word. */
  f: WordFacts;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const MULTI_ROLES = Object.keys(ROLE_CLASSES)
  .filter((k) => k.includes(' '))
  .map((k) => k.split(' '));
const FAST_START = new Set(['he', 'she', 'him', 'his', 'her', 'the', 'a', 'an', 'their', 'its', 'our']);
const MULTI_ROLES_BY_FIRST = new Map<string, string[][]>();
for (const parts of MULTI_ROLES) MULTI_ROLES_BY_FIRST.set(parts[0], [...(MULTI_ROLES_BY_FIRST.get(parts[0]) ?? []), parts]);
// Not "press": a press conference, appearance or service is nobody.
const GENERIC_NOUNS = /^(?:reporters?|journalists?|correspondents?|interviewer|questioner)$/i;

/** What a word is, whatever its place: worked out once per distinct word and remembered. */
interface WordFacts {
  /** Lower-cased, without a possessive 's. */
  low: string;
  cap: boolean;
  /** A role word ("President", "deputy"). */
  role: boolean;
  /** A one-word role noun with a role class ("minister"). */
  roleNoun: boolean;
  /** That role noun's class. */
  roleClass: string | undefined;
  /** Role nouns of several words that start with this one ("prime minister"). */
  multi: string[][] | undefined;
  nat: boolean;
  /** A speech verb (not a possessive: "the President's"). */
  verb: boolean;
  /** An unnamed person: "reporters", "journalist". */
  generic: boolean;
  determiner: boolean;
  /** Can start a mention on its own (a pronoun or a determiner). */
  fastStart: boolean;
  honorific: boolean;
  nonName: boolean;
  objectMarker: boolean;
  particle: boolean;
  /** Ends in a possessive 's. */
  possessive: boolean;
  /** Ends a capitalised run that names a place or a body ("Federation", "Ministry"). */
  nonPersonHead: boolean;
  /** Whether the word may describe a person already named: 1 a party's member, 2 a demonym noun, 3 a nationality. */
  describes: 0 | 1 | 2 | 3;
}
const wordFacts = new Map<string, WordFacts>();

function factsOf(text: string): WordFacts {
  let facts = wordFacts.get(text);
  if (facts === undefined) {
    const low = lower(text);
    const cap = isCapitalized(text) || ARTICLE_JOINED.test(text);
    const roleNoun = Object.hasOwn(ROLE_CLASSES, low) && !(CAPITALS_ONLY_ROLES.has(low) && text !== text.toUpperCase());
    const possessive = /[’']s$/.test(text);
    facts = {
      low,
      cap,
      role: ROLE_WORDS.has(low) || roleNoun,
      roleNoun,
      roleClass: roleNoun ? ROLE_CLASSES[low] : undefined,
      multi: MULTI_ROLES_BY_FIRST.get(low),
      // Suffixes catch most ("Belarusian", "Chinese"); the list the rest ("Uzbek", "Greek", "Thai").
      nat: cap && (isNationality(text) || KNOWN_NATIONALITIES.has(text)),
      verb: SPEECH_VERBS.has(low) && !possessive,
      generic: GENERIC_NOUNS.test(text),
      determiner: DETERMINERS.has(low),
      fastStart: FAST_START.has(low),
      honorific: HONORIFICS.has(low),
      // "Says", "Warns" in a headline ("‘We Lost Our Way’, Says Ten Hag", "Hale Warns Of Cuts") are verbs.
      nonName: NON_NAME_WORDS.has(low) || (cap && HEADLINE_VERBS.has(low)),
      objectMarker: OBJECT_MARKERS.has(low),
      particle: NAME_PARTICLES.has(low),
      possessive,
      nonPersonHead: NON_PERSON_HEADS.has(low),
      describes: PERSON_DESCRIPTORS.has(low) ? 1 : DEMONYM_MAN.test(text) ? 2 : cap && isNationalityWord(text) ? 3 : 0,
    };
    if (wordFacts.size > 50_000) wordFacts.clear();
    wordFacts.set(text, facts);
  }
  return facts;
}

/**
 * Only words that can take part in a mention are tokens: capitalised words, pronouns, determiners, role
 * nouns, object markers. Runs of them with nothing but blanks between form chains; a mention never spans two
 * chains, so the (many) other words, and punctuation, which bounds phrases, never need a token of their own.
 */
const CANDIDATE_WORDS = [
  ...new Set([
    ...FAST_START,
    ...ROLE_WORDS,
    ...Object.keys(ROLE_CLASSES).flatMap((k) => k.split(' ')),
    ...OBJECT_MARKERS,
    'reporter', 'reporters', 'journalist', 'journalists', 'correspondent', 'correspondents', 'interviewer', 'questioner',
    ...NAME_PARTICLES,
    ...SPEECH_VERBS,
  ]),
].sort((a, b) => b.length - a.length);
/**
 * One regex finds the candidates directly: capitalised words (Latin, Greek, Cyrillic capitals), the listed
 * lower-case words. No Unicode classes, so the engine can skip ahead fast. A capitalised word runs to a
 * blank, a bracket or stop, a quote mark or dash: the General Punctuation block (U+2000–U+206F) is taken as a
 * whole, bar the hyphens U+2010–U+2012, which keeps the class small enough for V8 to test in line (a class
 * with many ranges, like \s with the marks listed one by one, is tested by a call per character).
 */
const CANDIDATE = new RegExp(
  String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0391-\u03A9\u0410-\u042F][^\t-\r \u00a0"«»()[\]{},;:!?\u2000-\u200f\u2013-\u206f]*(?:’s\b)?|\b(?:${trieAlternation(CANDIDATE_WORDS)})(?:['’]s)?\b\.?`,
  'g',
);

/**
 * The words as one alternation shaped like a trie ("pres(?:ident|s)"): the engine tries a letter once for every
 * word that starts with it, not once per word. A word that is a prefix of others is an optional tail, tried
 * after the longer words (as the longest-first list was), so the same word matches where it did before.
 */
function trieAlternation(words: readonly string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => ch.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&') + emit(child));
    if (!branches.length) return '';
    const alternation = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end ? `(?:${alternation})?` : alternation;
  };
  return emit(root);
}
/** A letter or digit before a match means it started inside a word ("McDonald", "non-Western"). */
function continuesWord(text: string, at: number): boolean {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
  return /[\p{L}\p{N}’]/u.test(text[at - 1]);
}


const ARTICLE_JOINED = /^(?:al|el|ad|an|ar|as|ash|at|az|ed|ud|er|es)-\p{Lu}/u;
const ARTICLE_BEFORE = /(?:^|[\s(])((?:al|el|ad|an|ar|as|ash|at|az|ed|ud|er|es)-)$/;
/** "J.", "U.S.": initials, whose full stops belong to them. */
const INITIALS = /^(?:\p{L}\.)+$/u;

/** Calls `each` with every chain of candidate words between from and to, in order. */
function forEachChain(text: string, from: number, to: number, each: (chain: Token[]) => void): void {
  // One array serves every chain of the call: `each` reads a chain and keeps its tokens, never the array.
  const chain: Token[] = [];
  let lastEnd = from;
  CANDIDATE.lastIndex = from;
  for (let m = CANDIDATE.exec(text); m && m.index < to; m = CANDIDATE.exec(text)) {
    let word = m[0];
    if (word.length > 1 && continuesWord(text, m.index)) continue;
    // A trailing full stop ends the sentence unless the word is an initial or an abbreviation.
    if (word.charCodeAt(word.length - 1) === 46 && !INITIALS.test(word) && !isAbbreviatedTitle(word)) word = word.slice(0, -1);
    if (!word) continue;
    const end = Math.min(m.index + word.length, to);
    let start = m.index;
    // "Karim al-Sayed", "Amr el-Badawi": a lowercase Arabic article joined by a hyphen belongs to the surname.
    if (start - from >= 3 && text.charCodeAt(start - 1) === 45) {
      const article = ARTICLE_BEFORE.exec(text.slice(Math.max(from, start - 5), start));
      if (article) start -= article[1].length;
      // The article may already stand as a token of its own (a name particle): it is this word's now.
      if (article && chain.length && chain[chain.length - 1].start >= start) {
        chain.pop();
        lastEnd = chain.length ? chain[chain.length - 1].end : from;
      }
    }
    if (chain.length && (!onlyBlanks(text, lastEnd, start) || endsLineBetween(text, lastEnd, start))) {
      each(chain);
      chain.length = 0;
    }
    const tokenText = start === m.index && end === m.index + word.length ? word : text.slice(start, end);
    chain.push({ text: tokenText, start, end, f: factsOf(tokenText) });
    lastEnd = end;
    // The stop itself is a boundary no name or role phrase may cross.
    if (word.length < m[0].length && end < to) {
      each(chain);
      chain.length = 0;
      lastEnd = end + 1;
    }
  }
  if (chain.length) each(chain);
}

/**
 * A line that ends between two words, and not because a long line was wrapped: "… - The Philippine Star" over
 * "Calata studies …" are two lines, and no name runs from one into the other.
 */
function endsLineBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 && !wrapsOn(text, i)) return true;
  return false;
}

/**
 * Speech verbs as headlines capitalise them. Not "Said" (a given name), nor verbs that are also nouns in names
 * ("United States", "Claims Court", "Notes").
 */
export const HEADLINE_VERBS = new Set(
  'says tells warns urges insists vows denies admits asks adds argues explains confirms reveals predicts announces stresses declares hints tweets slams blasts rejects accuses praises condemns criticises criticizes dismisses defends welcomes pledges backs holds hosts delivers gives'.split(' '),
);

/** Role words that are surnames too, after a given name: "Stephen King", "Jane Bishop", "Ann Judge". */
const ROLE_SURNAMES = new Set(['king', 'bishop', 'judge', 'marshal', 'major', 'dean', 'baron', 'prior', 'abbot', 'sheriff', 'chamberlain']);

/** Prepositions a title-cased headline capitalises: a name ends before them ("Says Ten Hag After Man Utd’s Exit"). */
const HEADLINE_EVENTS = new Set('gaggle briefing remarks interview conference speech statement meeting transcript transcripts briefings interviews speeches statements questions'.split(' '));
const HEADLINE_JOINTS = new Set([
  ...'after before amid over with as at in on for from to by into against despite during ahead following aboard'.split(' '),
  // And the events a title names after a person ("Olivia Dale Gaggle Aboard Air Force One").
  ...HEADLINE_EVENTS,
]);

/** "Dr.", "Sen.", "Lt.": a title whose full stop is its own. (Only short words can be one.) */
function isAbbreviatedTitle(word: string): boolean {
  if (word.length > 6) return false;
  const low = word.toLowerCase();
  return HONORIFICS.has(low) || Object.hasOwn(ROLE_ABBREVIATIONS, low);
}

const UPPER_INITIAL = /^\p{Lu}/u;
function isCapitalized(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_INITIAL.test(w);
}
/** Lower case without a possessive 's. Words that start in lower case are taken as they are. */
const lower = (w: string): string => {
  const c = w.charCodeAt(0);
  const l = c >= 97 && c <= 122 ? w : w.toLowerCase();
  const n = l.length;
  return n > 2 && l.charCodeAt(n - 1) === 115 && (l.charCodeAt(n - 2) === 39 || l.charCodeAt(n - 2) === 0x2019) ? l.slice(0, -2) : l;
};
const NATIONALITY_FIXED = new Set(['U.S.', 'US', 'UK', 'U.K.', 'EU', 'North', 'South']);
/** A nationality on its own (see KNOWN_NATIONALITIES); before a role noun, isNationality decides. */
export function isNationalityWord(w: string): boolean {
  return KNOWN_NATIONALITIES.has(w) || NATIONALITY_FIXED.has(w) || (w.endsWith('ese') && NATIONALITY_SUFFIX.test(w));
}
function isNationality(w: string): boolean {
  if (NATIONALITY_FIXED.has(w)) return true;
  // Every nationality ending ends in n, e, h or i: most words are ruled out without a regex.
  const last = w.charCodeAt(w.length - 1);
  return (last === 110 || last === 101 || last === 104 || last === 105) && NATIONALITY_SUFFIX.test(w);
}

/** After "the head of the Italian": the body headed, when it is a state or a government. */
const HEAD_OF_WHAT = /^\s+(government|cabinet|state)\b/;
/** Seats of power that stand for their country ("the head of the Kremlin"). */
const METONYMS: Record<string, string> = { Kremlin: 'Russia', 'White House': 'America', 'Elysee Palace': 'France', 'Élysée Palace': 'France', Elysee: 'France', Élysée: 'France', 'Downing Street': 'Britain', Quirinal: 'Italy', Bankova: 'Ukraine' };
const NATIONALITY_STEMS = new Set([...KNOWN_NATIONALITIES].map((w) => w.toLowerCase().slice(0, 5)));
/** "Russia", "Belarus", "Italy": a country whose nationality word is known (same first five letters). */
export function isCountry(word: string): boolean {
  return word.length >= 4 && !word.includes(' ') && NATIONALITY_STEMS.has(word.toLowerCase().slice(0, 5));
}

/** Length of a role noun (one or more words) at tokens[i], or 0. */
function roleNounAt(tokens: Token[], i: number): number {
  const { multi, roleNoun } = tokens[i].f;
  if (multi) for (const parts of multi) if (parts.every((p, k) => tokens[i + k]?.f.low === p)) return parts.length;
  return roleNoun ? 1 : 0;
}

function isObjectPosition(tokens: Token[], i: number, text: string): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].f.determiner) j--;
  while (j >= 0 && tokens[j].f.nat && j < i) j--;
  if (j < 0 || !tokens[j].f.objectMarker) return false;
  // ", and Deputy Mayor Korrel described …": after a comma, "and" opens a new clause with its own subject.
  return !(tokens[j].f.low === 'and' && /[,;”"»]\s*$/.test(text.slice(Math.max(0, tokens[j].start - 3), tokens[j].start)));
}

/** After a name: a verb of its own ("said", "was", "has", "added"). */
export const CLAUSE_VERB_AFTER =
  /^\s+(?:\([^()]{1,30}\)\s+)?(?:also\s+|then\s+|later\s+)?(?:was|is|were|are|has|had|have|will|would|could|did|does|said|says|added|told|noted|took|went|came|made|gave|got|became|began|brought|left|met|held|led|ran|saw|spoke|wrote|won|lost|paid|kept|found|heard|felt|knew|showed|\p{Ll}+ed)\b/u;

/** Whether a name after "and" has a verb of its own: "…and Mancini said", not "met Putin and Lukashenko in Sochi". */
function opensClauseAfterAnd(tokens: Token[], i: number, text: string, end: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j].f.determiner) j--;
  return j >= 0 && tokens[j].f.low === 'and' && CLAUSE_VERB_AFTER.test(text.slice(end, end + 24));
}

/** Finds the mentions in text[from, to). */
/** A speech verb's place in the text ("said", "noted", "adding"). */
export interface VerbAt {
  text: string;
  start: number;
  end: number;
  /** The word in lower case (a speech verb is never possessive, so nothing is cut from it). */
  readonly f: { readonly low: string };
}

/** Finds the mentions in text[from, to) (added to `mentions`); speech verbs met on the way are added to `verbs`. */
/** Speech verbs that are adjectives after an article: "the accused man", "an alleged plot", "a hailed cab". */
export const ADJECTIVE_PARTICIPLES = new Set(['accused', 'alleged', 'questioned', 'hailed', 'condemned', 'quoted', 'described', 'reported', 'stated', 'noted', 'praised', 'criticised', 'criticized', 'denounced', 'branded', 'threatened', 'promised', 'dubbed', 'labelled', 'labeled']);

export function findMentions(text: string, from = 0, to = text.length, verbs: VerbAt[] = [], mentions: Mention[] = []): Mention[] {
  forEachChain(text, from, to, (chain) => {
    // A token is a VerbAt already: kept as it is, with no copy made. Not "so-called" or "long-promised".
    // ("the accused man", "the alleged victim": a participle after an article is an adjective, no speech.)
    for (let k = 0; k < chain.length; k++) {
      const t = chain[k];
      if (t.f.verb && text.charCodeAt(t.start - 1) !== 45 && !(k > 0 && chain[k - 1].f.determiner && ADJECTIVE_PARTICIPLES.has(t.f.low))) verbs.push(t);
    }
    mentionsInChain(text, chain, mentions);
  });
  return mentions;
}

/** A lower-case particle inside a name ("Pieter de Vries") when a capitalised word follows it. */
function particleInName(tokens: Token[], x: number, inName: boolean): boolean {
  return inName && tokens[x].f.particle && Boolean(tokens[x + 1]?.f.cap);
}

function mentionsInChain(text: string, tokens: Token[], mentions: Mention[]): void {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const w = t.f.low;
    // Most words start nothing: lower-case, not a role, a pronoun or a determiner.
    // A particle may start a surname ("de Groot met …"); other lower-case words start nothing.
    const particleStart = t.f.particle && Boolean(tokens[i + 1]?.f.cap) && !tokens[i + 1].f.role;
    if (!t.f.cap && !t.f.role && !t.f.generic && !t.f.fastStart && !particleStart) {
      i++;
      continue;
    }
    // A determiner that ends its chain ("the" before a lower-case word) starts no phrase.
    if (t.f.determiner && i + 1 === tokens.length && w !== 'his' && w !== 'her') break;
    const objectHere = isObjectPosition(tokens, i, text);
    if (w === 'he' || w === 'she' || w === 'him') {
      mentions.push(simple('pronoun', t, objectHere));
      i++;
      continue;
    }
    if ((w === 'his' || w === 'her') && !(tokens[i + 1] && (roleNounAt(tokens, i + 1) || tokens[i + 1].f.nat))) {
      mentions.push(simple(w === 'her' && objectHere ? 'pronoun' : 'possessive', t, objectHere || w === 'her'));
      i++;
      continue;
    }
    if (t.f.generic && t.text !== 'Press') {
      // "an AP reporter", "a CNN correspondent": the outlet before the noun is part of the phrase (and no
      // name of its own).
      let first = i;
      while (first > 0 && first > i - 3 && tokens[first - 1].f.cap && !tokens[first - 1].f.role && !tokens[first - 1].f.determiner) first--;
      if (first > 0 && tokens[first - 1].f.determiner) first--;
      else if (first < i && !tokens[first].f.determiner) first = i;
      if (first === i && i > 0 && tokens[i - 1].f.determiner) first = i - 1;
      const start = tokens[first].start;
      while (mentions.length && mentions[mentions.length - 1].start >= start) mentions.pop();
      mentions.push({ ...simple('generic', t, objectHere), start, text: text.slice(start, t.end) });
      i++;
      continue;
    }
    // A phrase: [determiner] [nationality…] [role words…] [of X] [Name…]
    const phraseStart = i;
    let j = i;
    const hasDeterminer = t.f.determiner;
    if (hasDeterminer) j++;
    const prefix: Token[] = [];
    let nationality: string | null = null;
    let roleClass: string | null = null;
    let sawRole = false;
    while (j < tokens.length) {
      const tok = tokens[j];
      const n = roleNounAt(tokens, j);
      if (n) {
        roleClass = (n === 1 ? tok.f.roleClass : ROLE_CLASSES[tokens.slice(j, j + n).map((x) => x.f.low).join(' ')]) ?? roleClass;
        for (let k = 0; k < n; k++) prefix.push(tokens[j + k]);
        j += n;
        sawRole = true;
        continue;
      }
      if (tok.f.role && (tok.f.cap || sawRole || hasDeterminer || prefix.length)) {
        prefix.push(tok);
        j++;
        continue;
      }
      // "President and CEO Gary Pruitt", "Deputy Prime Minister and Finance Minister X": two titles of one person.
      if (sawRole && tok.f.low === 'and' && tokens[j + 1]?.f.cap && (tokens[j + 1].f.role || roleNounAt(tokens, j + 1) || qualifierBeforeTitle(tokens, j + 1))) {
        prefix.push(tok);
        j++;
        continue;
      }
      // Two words that end like nationalities ("South Korean", "Russian Belarusian") only when one is a known
      // nationality: "Declan Moran", "Brian Jordan" and "Ivan Stefan" are given name and surname.
      const next = tokens[j + 1];
      if (tok.f.nat && next && (roleNounAt(tokens, j + 1) || next.f.role || (next.f.nat && (isNationalityWord(tok.text) || isNationalityWord(next.text))))) {
        nationality = nationality ?? tok.text;
        prefix.push(tok);
        j++;
        continue;
      }
      // A place or party before a title and a name ("Arizona Sen. Lena Brook", "Texas GOP Rep. Dan Harlow",
      // "Marsh County Sheriff Ann Lee"): up to three capitalised words, part of the role.
      if (!sawRole && prefix.length === 0 && tok.f.cap && !tok.f.nonName) {
        const qualified = qualifierBeforeTitle(tokens, j, hasDeterminer);
        if (qualified) {
          for (let q = j; q < qualified; q++) prefix.push(tokens[q]);
          j = qualified;
          continue;
        }
      }
      // Lower-case words before a role noun ("Agricultural holding director"): part of the role.
      if (!sawRole && prefix.length === 0 && j + 2 < tokens.length && /^\p{Ll}+$/u.test(tokens[j + 1].text) && tok.f.cap && (tokens[j + 1].f.role || tokens[j + 2].f.role) && !tok.f.nonName) {
        prefix.push(tok);
        j++;
        continue;
      }
      break;
    }
    // "the deputy mayor", "Vice President X": a deputy's class of its own (roleClassOf agrees).
    if (roleClass && roleClass !== 'legislator' && prefix.some((x) => x.f.low === 'deputy' || x.f.low === 'vice')) roleClass = `${roleClass}-deputy`;
    let ofWhat: string | null = null;
    let headEnd = -1;
    // "President of Russia", "the leader of North Korea", "Minister of Energy Sergei Tolmachev"
    // "Deputy Minister for Economic Development and Trade Dmitry Sukharev": "for" too, and "and" inside the body.
    // ("spokesman for the Russian leader" is a role phrase of its own: "for" only before a capitalised word.)
    // "Ambassador to the U.S. Anatol Antonik", "Permanent Representative to the UN …": "to" as "of".
    if (sawRole && tokens[j] && (tokens[j].f.low === 'of' || tokens[j].f.low === 'to' || (tokens[j].f.low === 'for' && tokens[j + 1]?.f.cap && !tokens[j + 1].f.nat))) {
      // "Head of the Republic of Tatarstan Rustam Minnikhanov": "of" may lead on to a second body.
      let k = j;
      const run: Token[] = [];
      let lastOf: Token[] = [];
      // Only the first joint may be "to" or "for": after "President of Veloria Ivo Dent", "to Harbour Press" is
      // whom he spoke to.
      while (tokens[k] && (k === j || tokens[k].f.low === 'of') && (tokens[k].f.low === 'of' || tokens[k].f.low === 'to' ? tokens[k + 1]?.f.cap || (tokens[k + 1]?.f.low === 'the' && tokens[k + 2]?.f.cap) : tokens[k].f.low === 'for' && tokens[k + 1]?.f.cap && !tokens[k + 1].f.nat)) {
        k++;
        if (tokens[k].f.low === 'the') k++;
        lastOf = [];
        // "Committee on CIS Affairs", "Development and Trade": lower-case joints inside the body's name.
        while (tokens[k] && (tokens[k].f.cap || ((tokens[k].f.low === 'and' || tokens[k].f.low === 'on') && lastOf.length > 0 && tokens[k + 1]?.f.cap && !tokens[k + 1].f.role))) {
          // "Minister for Foreign Affairs Dr Vivian Balakrishnan's Live Interview": an honorific starts the name,
          // and a possessive ends it.
          if (tokens[k].f.honorific && run.length > 0) break;
          lastOf.push(tokens[k]);
          run.push(tokens[k++]);
          if (tokens[k - 1].f.possessive) break;
        }
      }
      if (run.length) {
        // The last two capitalised words are the holder's name, unless a joint binds them into the body's name
        // ("Special Adviser to the President on Media and Publicity" names nobody).
        const joined = run.length >= 3 && (run[run.length - 2].f.low === 'and' || run[run.length - 3].f.low === 'and' || run[run.length - 3].f.low === 'on' || run[run.length - 2].f.low === 'on');
        const nameLen = run.length >= 3 && !joined ? 2 : 0;
        ofWhat = run.slice(0, run.length - nameLen).map((x) => x.text).join(' ');
        nationality = nationality ?? (lastOf.length < run.length && lastOf.length > nameLen ? lastOf[0].text : run[0].text);
        for (const x of tokens.slice(j, k - nameLen)) prefix.push(x);
        j = k - nameLen;
        // "the head of the Italian government", "the head of the Kremlin": a head of state or government.
        if (roleClass === 'director' && prefix.some((x) => x.f.low === 'head')) {
          const governed = HEAD_OF_WHAT.exec(text.slice(tokens[j - 1].end, tokens[j - 1].end + 16));
          const country = METONYMS[ofWhat] ?? (KNOWN_NATIONALITIES.has(ofWhat) || isCountry(ofWhat) ? ofWhat : null);
          if (governed) {
            roleClass = governed[1] === 'state' ? 'head' : 'government';
            headEnd = tokens[j - 1].end + governed[0].length;
          } else if (country) roleClass = 'head';
          if (country) ofWhat = nationality = country;
        }
      }
    }
    // The name itself: capitalised words (an honorific may lead).
    let honorific: string | null = null;
    const name: Token[] = [];
    let k = j;
    if (tokens[k] && tokens[k].f.honorific) {
      honorific = tokens[k].text;
      k++;
    }
    while (tokens[k] && ((tokens[k].f.cap && (!tokens[k].f.role || (name.length > 0 && ROLE_SURNAMES.has(tokens[k].f.low)))) || particleInName(tokens, k, name.length > 0 || k === phraseStart))) {
      if (tokens[k].f.nonName && (name.length === 0 || tokens[k].f.verb || HEADLINE_VERBS.has(tokens[k].f.low))) break;
      // Not at its start: "To Lam" is a name; but no name starts with the event ("… Press Gaggle on …").
      if ((name.length > 0 || HEADLINE_EVENTS.has(tokens[k].f.low)) && HEADLINE_JOINTS.has(tokens[k].f.low)) break;
      name.push(tokens[k]);
      k++;
      if (tokens[k - 1].f.possessive) break;
    }
    // "the Russian Federation Dmitry Peskov": a body's name, then the person's: the name starts after it.
    for (let b = name.length - 2; b >= 0; b--) {
      if (!name[b].f.nonPersonHead) continue;
      if (name.length - b - 1 >= 2) name.splice(0, b + 1);
      break;
    }
    // "the Oklahoma Republican said", "the Dutchman added": a description of somebody already named, resolved
    // as a role with no class is (to the person it can only be, or the most recent subject).
    const described = !sawRole && !honorific && name.length > 0 && name.length <= 3 ? descriptorNoun(name[name.length - 1], hasDeterminer, text, tokens[k]) : false;
    if (described) {
      const last = name[name.length - 1];
      const start = hasDeterminer ? tokens[phraseStart].start : name[0].start;
      mentions.push({
        kind: 'role',
        start,
        end: last.end,
        text: text.slice(start, last.end),
        nameTokens: NO_NAME,
        role: name.map((x) => x.text).join(' '),
        roleClass: null,
        nationality: described === true ? null : described,
        honorific: null,
        object: isObjectPosition(tokens, phraseStart, text),
      });
      i = k;
      continue;
    }
    const nameTokens = name.map((x) => (x.f.possessive ? x.text.slice(0, -2) : x.text));
    // A place or a body by its last word; the word's facts say so, unless a possessive 's was cut from it.
    const last = name[name.length - 1];
    const bodyHead = last !== undefined && (last.f.possessive ? NON_PERSON_HEADS.has(lower(nameTokens[nameTokens.length - 1])) : last.f.nonPersonHead);
    const isPersonName = nameTokens.length > 0 && !bodyHead && !(nameTokens.length === 1 && isNationalityWord(nameTokens[0]));
    // "…goal and Mancini said", "…bow, and Mancini was happy": after "and", a name with a verb of its own
    // opens a clause; it is that clause's subject.
    const nameEnd = name.length ? name[name.length - 1].end : -1;
    const objectPos = (isObjectPosition(tokens, phraseStart, text) && !(nameEnd !== -1 && opensClauseAfterAnd(tokens, phraseStart, text, nameEnd))) || roleClass === 'counterpart';
    if (isPersonName && (prefix.length || honorific || nameTokens.length >= 1)) {
      const start = (prefix[0] ?? (honorific ? tokens[j] : name[0])).start;
      const roleText = prefix.length ? prefix.map((x) => x.text).join(' ') : null;
      mentions.push({
        kind: 'name',
        start: hasDeterminer ? tokens[phraseStart].start : start,
        end: name[name.length - 1].end,
        text: text.slice(hasDeterminer ? tokens[phraseStart].start : start, name[name.length - 1].end),
        nameTokens,
        role: roleText,
        roleClass,
        nationality,
        honorific,
        object: objectPos,
      });
      i = k;
      continue;
    }
    if (sawRole) {
      const end = Math.max(tokens[j - 1].end, headEnd);
      let start = tokens[phraseStart].start;
      // "A police spokesperson", "an agency official": the article and the lower-case words before the role
      // are not tokens, but an indefinite article says the role's holder is somebody unnamed.
      if (!hasDeterminer) {
        const indefinite = INDEFINITE_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
        if (indefinite) start -= indefinite[0].length;
      }
      // "Starmer’s spokesperson said": somebody's spokesperson, aide or lawyer, not named (the role says whose).
      const owner = !hasDeterminer && phraseStart > 0 && tokens[phraseStart - 1].f.possessive && tokens[phraseStart].start - tokens[phraseStart - 1].end <= 1 ? tokens[phraseStart - 1].text : null;
      mentions.push({
        kind: 'role',
        start,
        end,
        text: text.slice(start, end),
        nameTokens: NO_NAME,
        role: owner ? `${owner} ${prefix.map((x) => x.text).join(' ')}` : prefix.map((x) => x.text).join(' '),
        roleClass,
        nationality: ofWhat ?? nationality,
        honorific: null,
        object: objectPos,
      });
      i = Math.max(j, i + 1);
      continue;
    }
    i = Math.max(k, i + 1);
  }
}

/**
 * Where a title follows one to three capitalised words and a name follows the title ("Arizona Sen. Lena
 * Brook"): the index of the title, or 0.
 */
function qualifierBeforeTitle(tokens: Token[], j: number, determined = false): number {
  // Most capitalised words have no title within three words after them: looked at first.
  const reach = Math.min(tokens.length, j + 4);
  let titleAhead = false;
  for (let t = j + 1; t < reach && !titleAhead; t++) titleAhead = tokens[t].f.cap ? tokens[t].f.role : tokens[t].f.roleNoun;
  if (!titleAhead) return 0;
  let k = j;
  while (k < tokens.length && k - j < 3 && tokens[k].f.cap && !tokens[k].f.role && !tokens[k].f.possessive && !tokens[k].f.honorific) k++;
  if (k === j || k >= tokens.length) return 0;
  // The title capitalised ("Arizona Sen.") or a role noun in lower case ("South Carolina senator Lindsey Graham").
  const title = tokens[k];
  if (!(title.f.cap ? title.f.roleNoun || title.f.role : title.f.roleNoun)) return 0;
  // "the Sinn Féin leader", "the Labour leader": after an article, a lower-case role noun needs no name after it.
  if (determined && !title.f.cap && title.f.roleNoun && !(tokens[k + 1]?.f.cap && !tokens[k + 1].f.role)) return k;
  // After the title (and any more title words), a capitalised name that is not itself a role, nor the event a
  // title names ("Karine Jean-Pierre Press Gaggle": a person, then the gaggle she gives).
  let n = k + 1;
  while (n < tokens.length && tokens[n].f.role && tokens[n].f.cap) n++;
  return n < tokens.length && tokens[n].f.cap && !tokens[n].f.role && !tokens[n].f.nonName && !HEADLINE_EVENTS.has(tokens[n].f.low) ? k : 0;
}

/**
 * A word that describes a person rather than names one: true for a party's member, the nationality for a
 * demonym ("Dutchman" → "Dutch"; "the Belarusian" → "Belarusian"), false otherwise. A nationality adjective
 * describes a person only after "the" ("American officials said" is about others).
 */
function descriptorNoun(t: Token, hasDeterminer: boolean, text: string, next: Token | undefined): string | boolean {
  const kind = t.f.describes;
  if (kind === 0 || t.f.possessive) return false;
  if (kind === 2) return t.text.replace(/(?:wo)?man$/, '');
  // "the Israeli army", "the Republican party": an adjective before its noun. A noun ends its phrase: a speech
  // verb or punctuation follows.
  const party = kind === 1;
  if (!party && !hasDeterminer) return false;
  const noun = next?.f.verb ? next.start - t.end <= 1 : /^\s*(?:[,.;:!?)—–]|$)/.test(text.slice(t.end, t.end + 3));
  return noun && (party || t.text);
}

// "an agency official", "A Plymouth City Council spokesperson": the words between may name the body.
const INDEFINITE_BEFORE = /\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:\p{Ll}[\p{L}-]*\s+){1,2}$|\b(?:[Aa]n?|[Aa]nother)\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}$/u;
/** The nameTokens of every mention that is not a name: one frozen array, not one per mention. */
const NO_NAME = Object.freeze([]) as unknown as string[];

function simple(kind: MentionKind, t: Token, object: boolean): Mention {
  return { kind, start: t.start, end: t.end, text: t.text, nameTokens: NO_NAME, role: null, roleClass: null, nationality: null, honorific: null, object };
}

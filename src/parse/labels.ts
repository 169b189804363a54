/**
 * Speaker labels of transcripts: `President of Russia Vladimir Putin: …`, `MR. MARSH:  …`, `Q    …`,
 * `Chair Maria Olsen (00:00:03):` alone on its line, `Irina Valk, President of Veloria:`.
 */
import { isSpaceCode } from './chars.js';
import { NAME_PARTICLES } from './speaker-registry.js';
import { GENERIC_SPEAKERS, HONORIFICS, LABEL_ANNOTATION, ROLE_WORDS, SPEECH_VERBS } from './lexicon.js';

export interface LabelInfo {
  /** The label as written, without the colon. */
  raw: string;
  /** The person's name, when the label gives one ("Vladimir Putin"). */
  name: string | null;
  /** Role text ("President of Russia"), when given. */
  role: string | null;
  /** An honorific given with a surname only ("Mr. Marsh"). */
  honorific: string | null;
  /** A generic speaker's name ("Reporter", "Speaker 1") for unnamed people. */
  generic: string | null;
}

export interface LabelMatch {
  label: LabelInfo;
  /** Offset of the speech in the block text ("" speech when the label stands alone). */
  speechStart: number;
}

const NOT_LABELS =
  /^(?:note|notes|editor'?s note|update|updated|photo|photos|source|sources|warning|background|context|summary|agenda|subject|topic|re|attachment|tags|keywords|location|place|date|time|link|see also|quote|quotes|direct speech|details|reminder|for reference|recap|explainer|what preceded|what came before|previously|read more|read also|also read|witnesses|members present|present|in attendance|participants|transcript|video|audio|caption|credit|credits|by|posted|published|filed|dateline|translation|release date|release type|transcript id|period of service|last updated|updated on|publish date|publication date|date published|published on|posted on|diluted eps|eps|revenue|revenues|net income|net sales|earnings|category|categories|duration|length|format|language|speakers|rights|copyright|license|licence|live|on air|listen|listen live|watch|watch live|call|call us|email|e-mail|phone|tel|fax|web|website|follow us)$/i;
/** Words that open a topic lead-in ("On Haiti:", "And on Bahrain:"), never a speaker's label. */
const TOPIC_LEAD = new Set('on and in at as for about regarding re with to from by of but or if when while after before during since because so then also speaking according turning returning concerning finally meanwhile'.split(' '));
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', ...NAME_PARTICLES]);
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u;

function titleCase(word: string): string {
  if (!/^[\p{Lu}\p{N}.'’-]+$/u.test(word) || word.length <= 1) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’.])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Titles written short in labels ("GOV. MARIA DELGADO (D), CALIFORNIA:"), read as the role they name. */
const ABBREVIATED_TITLES: Record<string, string> = {
  'Gov.': 'Governor',
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Amb.': 'Ambassador',
  'Sec.': 'Secretary',
  'Pres.': 'President',
  'Cllr': 'Councillor',
  'Cllr.': 'Councillor',
  // "PM:", "MP Sitoh:", "MC:" (title-cased before the look-up).
  Pm: 'Prime Minister',
  Mp: 'MP',
  Mc: 'MC',
};

const isRoleWord = (word: string): boolean => ROLE_WORDS.has(word.toLowerCase().replace(/[.,]$/, ''));
const isHonorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase());

const ANONYMOUS_OFFICIAL = /^(?:(?:senior|high-ranking|a)\s+)?(?:[A-Za-z.]+\s+){0,3}(?:officials?|aides?|staffers?)(?:\s+(?:one|two|three|\d|[A-C]))?$/i;

function genericName(text: string): string | null {
  const plain = text.trim();
  const numbered = /^(speaker|participant|person|voice|audience member|male|female|man|woman)\s*(\d{1,3}|[A-Z])$/i.exec(plain);
  if (numbered) return `${titleCase(numbered[1].charAt(0).toUpperCase() + numbered[1].slice(1).toLowerCase())} ${numbered[2]}`;
  for (const [pattern, name] of GENERIC_SPEAKERS) if (pattern.test(plain)) return name;
  // "SENIOR ADMINISTRATION OFFICIAL:", "SENIOR STATE DEPARTMENT OFFICIAL:", "AIDE:": unnamed by design
  // (background briefings, staff calling time), named as the label describes them.
  if (ANONYMOUS_OFFICIAL.test(plain)) return plain.split(/\s+/).map(titleCase).join(' ');
  // "Noble Lords", "Hon. Members", "Several hon. Members": the House calling out, named as written.
  if (COLLECTIVE.test(plain)) return plain.split(/\s+/).map(titleCase).join(' ');
  return null;
}

/** A chamber's members calling out together: a speaker nobody can name. */
const COLLECTIVE = /^(?:several\s+|some\s+)?(?:noble\s+lords|hon\.?\s+members|honourable\s+members|right\s+hon\.?\s+members|members|opposition\s+members|government\s+members)$/i;

/** "Noble Lords" alone on its line, the call ("Hear, hear!") below it. */
export function matchCollectiveLine(lines: string[]): LabelMatch | null {
  if (lines[0].length > 40 || !COLLECTIVE.test(lines[0].replace(/:$/, ''))) return null;
  const label = parseLabel(lines[0].replace(/:$/, ''));
  return label ? { label, speechStart: lines.length > 1 ? lines[0].length + 1 : lines[0].length } : null;
}

/** Splits "Minister of Energy Sergei Tolmachev" into role and name. */
const isParticle = (word: string | undefined): boolean => word !== undefined && NAME_PARTICLES.has(word.toLowerCase());

/** Splits "Minister of Energy Sergei Tolmachev" into role and name. */
function splitRoleAndName(tokens: string[]): { role: string | null; name: string | null } {
  // Role words count up to the first "of"/"for": in "Minister of Foreign Affairs …", "Foreign" is the ministry's.
  const firstOf = tokens.findIndex((t) => /^(?:of|for)$/i.test(t));
  const limit = firstOf === -1 ? tokens.length : firstOf;
  let lastRole = -1;
  for (let i = 0; i < limit; i++) if (isRoleWord(tokens[i])) lastRole = i;
  if (lastRole === -1) return { role: null, name: tokens.join(' ') };
  let nameStart = lastRole + 1;
  // "President of Russia Vladimir Putin": the words after "of" name a country or body, then the person,
  // whose name is the last two words ("Pieter de Vries", "Ludwig van der Berg" keep their particles).
  if (CONNECTORS.has((tokens[nameStart] ?? '').toLowerCase())) {
    let j = nameStart;
    while (j < tokens.length && CONNECTORS.has(tokens[j].toLowerCase()) && !isParticle(tokens[j])) j++;
    const rest = tokens.length - j;
    if (rest >= 3) {
      nameStart = tokens.length - 2;
      while (nameStart > j + 1 && (isParticle(tokens[nameStart]) || isParticle(tokens[nameStart - 1]))) nameStart--;
    } else if (rest === 2) nameStart = tokens.length - 1;
    else nameStart = tokens.length;
  }
  const role = tokens.slice(0, nameStart).join(' ') || null;
  const name = tokens.slice(nameStart).join(' ') || null;
  return { role, name };
}

/** Reads a label; null when the text is not a speaker label (a headline, a sentence, a date line). */
/**
 * Order-paper numbers before a member's name in parliamentary transcripts: "1. Mr Tom Hadley (Westmorland)
 * (LD)", "T1. Jane Morrow (Harrogate) (LD)". Only before an honorific or a bracketed constituency or party,
 * so that a numbered list in prose ("1. Economy: …") is never read as labels.
 */
const QUESTION_NUMBER = /^[TQ]?\d{1,3}\.\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|MR|MRS|MS|MISS|DR|SIR|DAME|LORD|LADY)\.?\s|[^()]*\()/;

/** "1. ANDREW LITTLE (Leader of the Opposition) to the Prime Minister": whom an order-paper question is put to. */
const ADDRESSED_TO = /\)\s+to\s+the\s+(?:\p{Lu}[\p{L}'’-]*|for|of|and)(?:\s+(?:\p{Lu}[\p{L}'’-]*|for|of|and)){0,7}\s*$/u;

/** A committee's question number before the label: "Q12 Chair:", "Q3 The Chair:". */
const COMMITTEE_QUESTION = /^Q\d{1,4}\.?\s+(?=\p{Lu})/u;
/** Hansard's "[V]" (took part virtually) and similar bracketed marks after a name. */
const SQUARE_MARK = /\s*\[[A-Z]{1,3}\]/g;

/** A name, a slash, then an outlet: "JOSEPH MORONG/GMA7", "Ana Cruz / Rappler". */
const SLASH_OUTLET = /^([^/]{3,60}?)\s*\/\s*[\p{L}\d][\p{L}\d .&-]{1,29}$/u;

export function parseLabel(rawLabel: string): LabelInfo | null {
  const raw = rawLabel.trim().replace(QUESTION_NUMBER, '').replace(COMMITTEE_QUESTION, '').replace(SQUARE_MARK, '').replace(ADDRESSED_TO, ')').replace(/\s{2,}/g, ' ');
  if (!raw || raw.length > 110) return null;
  // "My Lords, I beg to move, That a humble Address be presented …:": a sentence, not a label.
  if (raw.split(/\s+/).length > 20 || /,\s*(?:I|we)\s/.test(raw)) return null;
  const generic = genericName(raw.replace(LABEL_ANNOTATION, ''));
  if (generic) return { raw, name: null, role: null, honorific: null, generic };
  // "JOSEPH MORONG/GMA7": the reporter's outlet after a slash is an affiliation, not part of the name.
  const slashed = SLASH_OUTLET.exec(raw);
  if (slashed) {
    const label = parseLabel(slashed[1]);
    return label && (label.name || label.role) ? { ...label, raw } : null;
  }
  // A quoted title in brackets is an affiliation's detail: `(Author, "Moyers Journal: The Conversation")` → `(Author)`.
  let text = raw.replace(LABEL_ANNOTATION, '').replace(/\(([^()]*)\)/g, (all, inner: string) => (/["“”]/.test(inner) ? `(${inner.replace(/,?\s*["“][^"“”]*["”]/g, '').trim()})` : all)).trim();
  if (/[\d"“”«»!?;:]/.test(text) || /\[/.test(text)) return null;
  if (NOT_LABELS.test(text)) return null;
  // Parenthesised parts: a name in brackets after a role, or a constituency / party after a name.
  let bracketName: string | null = null;
  let bracketRole: string | null = null;
  text = text.replace(/\s*\(([^()]*)\)/g, (_m, inner: string) => {
    const words = inner.trim().split(/\s+/);
    if (bracketName === null && words.length >= 2 && words.length <= 6 && NAME_TOKEN.test(words[0]) && NAME_TOKEN.test(words[words.length - 1]) && words.every((w) => NAME_TOKEN.test(w) || CONNECTORS.has(w))) {
      bracketName = inner.trim();
    } else if (bracketRole === null && words.some(isRoleWord) && words.length <= 8) {
      // "Dmitry Peskov (Kremlin spokesman)": a role in brackets after a name.
      bracketRole = inner.trim();
    }
    return '';
  });
  text = text.trim();
  // "Irina Valk, President of Veloria" or "Oleg Petrov, chief engineer".
  let appositive: string | null = null;
  const comma = text.indexOf(',');
  if (comma !== -1) {
    appositive = text.slice(comma + 1).trim();
    text = text.slice(0, comma).trim();
    if (!appositive || appositive.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return null;
    if (/^(?:in turn|however|meanwhile|too|also|then)$/i.test(appositive)) return null;
  }
  // "Deputy Chief of Staff – Presidential Press Secretary Dmitry Peskov": a dash joins two titles.
  const tokens = text.split(/\s+/).filter((t) => t && !/^[–—-]$/.test(t));
  if (!tokens.length || tokens.length > 14) return null;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (SPEECH_VERBS.has(lower)) return null;
    if (!NAME_TOKEN.test(token) && !CONNECTORS.has(lower) && !isRoleWord(token)) return null;
  }
  // "On Haiti:", "And on Bahrain:", "As for the budget:": a topic lead-in, not a speaker; "I:" (a committee's
  // list of witnesses) or "We:" is no name either.
  if (TOPIC_LEAD.has(tokens[0].toLowerCase())) return null;
  // "T:" in a podcast transcript is a speaker's initial ("JC:" and "T:" for Jonas Carver and Tove); other
  // one-letter labels, "I:" above all, are not.
  if (tokens.length === 1 && /^[B-HJ-PR-Z]$/.test(tokens[0])) return { raw, name: tokens[0], role: null, honorific: null, generic: null };
  if (tokens.length === 1 && (tokens[0].replace(/\.$/, '').length === 1 || /^(?:we|you|he|she|it|they|i|me|us|them)$/i.test(tokens[0]))) return null;
  const cased = tokens.flatMap((t) => (ABBREVIATED_TITLES[titleCase(t)] ?? titleCase(t)).split(' '));
  let startsWithThe = false;
  if (cased[0].toLowerCase() === 'the') {
    startsWithThe = true;
    cased.shift();
  }
  if (!cased.length) return null;
  if (isHonorific(cased[0])) {
    const honorific = cased[0];
    const rest = cased.slice(1);
    if (!rest.length) return null;
    // "Mr Speaker", "Madam Deputy Speaker": a role, not a name (unless brackets give the name).
    if (rest.every(isRoleWord)) return { raw, name: bracketName, role: rest.join(' '), honorific: bracketName ? null : honorific, generic: null };
    return { raw, name: rest.join(' '), role: null, honorific, generic: null };
  }
  if (bracketName && (startsWithThe || cased.some(isRoleWord))) {
    return { raw, name: bracketName, role: cased.join(' '), honorific: null, generic: null };
  }
  const { role, name } = splitRoleAndName(cased);
  if (!name && !role) return null;
  // "Governor Maria Delgado, California": the appositive says where the role is.
  const where = appositive && role && !appositive.split(/\s+/).some(isRoleWord) ? appositive.split(/\s+/).map(titleCase).join(' ') : null;
  return { raw, name, role: where ? `${role}, ${where}` : (appositive ?? role ?? bracketRole), honorific: null, generic: null };
}

// A label may carry a time stamp with colons of its own: "Chair Maria Olsen (00:00:03):", or a quoted title
// in its brackets: `Mr. BILL MOYERS (Author, "Moyers Journal: The Conversation Continues"):`.
const LABEL_BODY = String.raw`(?:[^:\n(]|\(\d{1,2}:\d{2}(?::\d{2})?\)|\([^():\n]*\)|\([^():\n"“”]*["“][^"“”\n]{1,100}["”][^():\n]*\)){1,110}?`;
/** A figure: money, a percentage, an amount. */
const FIGURE = /^(?:[$€£¥]\s?\d|\d[\d.,]*\s*(?:%|percent\b|bn\b|billion\b|million\b))/i;
const INLINE_LABEL = new RegExp(String.raw`^(${LABEL_BODY}):[ \t\u00a0]+(\S[\s\S]*)$`);
const ALONE_LABEL = new RegExp(String.raw`^(${LABEL_BODY}):$`);
/** A name (up to four capitalised words) or initials, an en dash against it, then the speech. */
const DASH_LABEL = /^((?:\p{Lu}[\p{L}'’.]*\s){0,3}\p{Lu}[\p{L}'’.]*)–\s*(\S[\s\S]*)$/u;
// "Q    …" (a tab, several spaces or no-break spaces, as whitehouse.gov has it); "Q Are you…" with one
// space only before a capital, a quote mark or a bracket. "A" needs the wide gap: "A man said" is prose.
const Q_LABEL = /^(Q|A|Q\.|A\.)(?:[ \t\u00a0]{2,}|\t|\u00a0)(\S[\s\S]*)$/;
// (Or a dash: "Q — that the president …" resumes a question the answer cut off.)
const Q_NARROW = /^(Q|Q\.) (?=[\p{Lu}"“(\[—–]|\.\.\.|…)(\S[\s\S]*)$/u;

/**
 * The US Government Publishing Office's hearing records end a label with a full stop: "Mr. Lindell. The meeting
 * will come to order.", "The Chairman. Thank you.", "Senator Hale. I have a question." Only an honorific or a
 * title with a surname, "The Chairman" and its kin, or the room ("Reporters. Hi, Jim."; archives of presidential
 * remarks write their labels so), so a sentence in prose is never one.
 */
const GPO_LABEL =
  /^((?:Mr|Mrs|Ms|Dr)\.\s+\p{Lu}[\p{L}'’-]+(?:\s+of\s+\p{Lu}\p{L}+)?|(?:Chairman|Chairwoman|Senator|Representative|Secretary|General|Admiral|Ambassador|Governor|Judge|Commissioner|Director)\s+\p{Lu}[\p{L}'’-]+|The\s+(?:Chairman|Chairwoman|Chair|Clerk|Speaker|President|Vice\s+President|Vice\s+Chairman|First\s+Lady|Prime\s+Minister)|Reporters?|Audience)\.\s+(?=[\p{Lu}"“(\[])(\S[\s\S]*)$/u;

/** What a hearing record's label can start with: a cheap test before GPO_LABEL. */
const GPO_START = /^(?:Mr|Mrs|Ms|Dr|Chair|Reporter|Audience|Senator|Representative|Secretary|General|Admiral|Ambassador|Governor|Judge|Commissioner|Director|The )/;

/** Finds a speaker label at the start of a block. */
export function matchLabel(lines: string[]): LabelMatch | null {
  // "[13:30:00] WOLF BLITZER, CNN ANCHOR: …": a time stamp in brackets before the label.
  const stamp = lines[0].charCodeAt(0) === 91 ? LEADING_STAMP.exec(lines[0]) : null;
  if (stamp) {
    const match = matchLabelAt([lines[0].slice(stamp[0].length), ...lines.slice(1)]);
    return match && { ...match, speechStart: match.speechStart + stamp[0].length };
  }
  return matchLabelAt(lines);
}

const LEADING_STAMP = /^\[\d{1,2}:\d{2}(?::\d{2})?\]\s*/;

/**
 * Historic Hansard's `§ Mr. George Foulkes (Carrick, Cumnock and Doon Valley)On a point of order` and `§ Madam
 * SpeakerAs the hon. Gentleman knows`: a section sign, then the label glued to the speech (the copy lost the
 * line break). The label ends at its closing bracket, or where a lower-case letter meets a capital.
 */
function matchSectionSign(first: string): LabelMatch | null {
  const lead = /^§\s*/.exec(first);
  if (!lead) return null;
  const rest = first.slice(lead[0].length);
  let end = -1;
  const bracket = /^[^()]{2,80}\([^()]{2,80}\)/.exec(rest);
  if (bracket) end = bracket[0].length;
  else {
    for (let i = 1; i + 1 < rest.length && i < 80; i++) {
      const c = rest.charCodeAt(i);
      const n = rest.charCodeAt(i + 1);
      if (c >= 97 && c <= 122 && n >= 65 && n <= 90) {
        end = i + 1;
        break;
      }
    }
  }
  if (end === -1) return null;
  const label = parseLabel(rest.slice(0, end));
  if (!label || (!label.name && !label.role)) return null;
  let speech = lead[0].length + end;
  while (speech < first.length && first.charCodeAt(speech) === 32) speech++;
  return { label, speechStart: speech };
}

function matchLabelAt(lines: string[]): LabelMatch | null {
  const first = lines[0];
  if (first.charCodeAt(0) === 167) return matchSectionSign(first);
  const q = Q_LABEL.exec(first) ?? Q_NARROW.exec(first);
  if (q) {
    const label = parseLabel(q[1]);
    if (label) return { label, speechStart: first.length - q[2].length };
  }
  const gpo = first.length > 6 && GPO_START.test(first) ? GPO_LABEL.exec(first) : null;
  if (gpo) {
    const label = parseLabel(gpo[1]);
    if (label) return { label, speechStart: first.length - gpo[2].length };
  }
  // "Subash Jayaraman– Hello", "SJ– It is": an en dash right after the name stands for the colon.
  const dash = first.length > 3 && first.indexOf('–') > 0 ? DASH_LABEL.exec(first) : null;
  if (dash) {
    const label = parseLabel(dash[1]);
    if (label && !label.role) return { label, speechStart: first.length - dash[2].length };
  }
  // Every other label ends with a colon within its first 112 characters.
  const colon = first.indexOf(':');
  if (colon === -1 || colon > 112) return null;
  const alone = ALONE_LABEL.exec(first);
  if (alone) {
    const label = parseLabel(alone[1]);
    if (label) return { label, speechStart: lines.length > 1 ? first.length + 1 : first.length };
  }
  const inline = INLINE_LABEL.exec(first);
  if (inline) {
    // `Name: "quote"` is a headline or a cue in prose, not a turn; so is `Topic: A Title In Capitals`, and a
    // figure after a field's name (`Diluted EPS: $2.40`, `Loan loss provision: 12% higher`).
    if (/^["“«„‘]/.test(inline[2]) || (lines.length === 1 && isTitleCased(inline[2])) || FIGURE.test(inline[2])) return null;
    const label = parseLabel(inline[1]);
    if (label) return { label, speechStart: first.length - inline[2].length };
  }
  return null;
}

/**
 * `SEC. PANELO: April Fool’s Day?`: a short title-cased line after a label, or a quotation after it, is a headline
 * or a cue in label form, unless the text already uses that very label for turns; then it is one more turn.
 */
export function matchKnownLabel(lines: string[], known: ReadonlySet<string>): LabelMatch | null {
  const first = lines[0];
  const inline = first.length <= 200 ? INLINE_LABEL.exec(first) : null;
  // (Its speech may open with a quotation: "MADAM SPEAKER: “How do you explain” is not a preamble.")
  if (!inline || FIGURE.test(inline[2])) return null;
  const label = parseLabel(inline[1]);
  return label && known.has(label.raw) ? { label, speechStart: first.length - inline[2].length } : null;
}

/** `Sam Tarry Portrait Sam Tarry (Ilford South) (Lab)`: web copies of Hansard repeat the name after an image's alt text. */
const PORTRAIT = /^(.{2,80}?)\s+Portrait\s+(.{2,200})$/;
/** Lines between a Hansard name and the speech: `- Hansard - - - Excerpts`, `Share`, a time. */
const NAME_LINE_CHROME = /^(?:[-–•|]\s*)*(?:Hansard|Excerpts|Share|Hansard\s+source)?(?:[\s\-–•|]+(?:Hansard|Excerpts|Share))*[\s\-–•|]*$|^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
/** A party or group in brackets after a member's name, or Hansard's "[V]". */
const PARTY_MARK = /\((?:Con|Lab|LD|Lib Dem|SNP|CB|DUP|UUP|GP|Green|Ind|PC|SDLP|Alba|Reform|Non-Afl|Bp|Lab\/Co-op|Lab Co-op|Crossbench|Conservative|Labour|Liberal Democrat|Independent|[A-Z]{1,3}-[A-Z]{2})\)|\[V\]/;
const TITLED_NAME = /^(?:The\s+)?(?:Lord|Baroness|Lady|Earl|Countess|Viscount|Viscountess|Duke|Duchess|Marquess|Bishop|Archbishop|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Madam|MR|MRS|MS|MISS|DR|SIR|DAME|LORD|LADY|BARONESS)\.?\s+\p{Lu}/u;
const ROLE_ALONE = /^The\s+\p{Lu}/u;
/** "The Parliamentary Under-Secretary of State for Transport (Imran Qureshi)": a long title, the name last. */
const BRACKETED_NAME_END = /\(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\)$/u;
const NAME_WITH_AFFILIATION = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+\([^()]{3,80}\)$/u;

/**
 * A speaker named on a line of its own, with no colon, the speech in the next paragraph: web copies of
 * Hansard (`Lord Hale of Dunmore`, `Baroness Orme (Lab)`, `… Portrait …`), committee records (`The Convener`,
 * `Yvette Burgess (Housing Unit)`). Only lines that show they name a person count: a portrait, a party, a
 * title, a role after "The", or a name with its affiliation in brackets; lines after it may be page chrome.
 */
/**
 * A parliament record's name line with party and seat after the name (openparliament.ca):
 * `Warren Steinley Conservative Regina—Lewvan, SK`, `The Assistant Deputy Speaker (Mrs. Alexandra Mendès) Liberal …`.
 */
const NAME_PARTY_SEAT = /^((?:The\s[^()]{3,60}\([^()]{3,60}\))|(?:\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}))\s+(?:Conservative|Liberal|NDP|Bloc Québécois|Bloc|Green|Independent|Labour|Liberal Democrat|SNP)(?:\s+\S.{0,80})?$/u;
const SEAT_END = /,\s+[A-Z]{2}$|\)\s+(?:Conservative|Liberal|NDP|Bloc Québécois|Bloc|Green|Independent)\b/;

export function matchNameLine(lines: string[]): LabelMatch | null {
  const first = lines[0];
  const seat = first.length <= 160 && SEAT_END.test(first) ? NAME_PARTY_SEAT.exec(first) : null;
  if (seat) {
    const label = parseLabel(seat[1]);
    if (label && (label.name || label.role)) return { label, speechStart: lines.length > 1 ? first.length + 1 : first.length };
  }
  const photo = first.startsWith('Photo of ') ? photoName(first.slice(9)) : null;
  if (photo) return { label: photo, speechStart: lines.length > 1 ? first.length + 1 : first.length };
  if (first.length > 220 || /[.!?:;,"“”«»]$/.test(first)) return null;
  const portrait = first.includes(' Portrait ') ? PORTRAIT.exec(first) : null;
  // "52. MR. HAMILTON": the order paper's number before a member's name.
  const written = (portrait ? portrait[2] : first).replace(QUESTION_NUMBER, '');
  const shown =
    portrait !== null ||
    PARTY_MARK.test(written) ||
    TITLED_NAME.test(written) ||
    NAME_WITH_AFFILIATION.test(written) ||
    (ROLE_ALONE.test(written) && (written.split(/\s+/).length <= 6 || BRACKETED_NAME_END.test(written)));
  if (!shown || /\bExcerpts$/.test(first)) return null;
  const label = parseLabel(written) ?? (portrait ? parseLabel(portrait[1]) : null);
  if (!label || (!label.name && !label.role)) return null;
  // "Lindsay Hoyle Portrait Mr Speaker": the picture's caption names who holds the office.
  if (portrait && !label.name && label.role) {
    const pictured = parseLabel(portrait[1]);
    if (pictured?.name && !pictured.role) label.name = pictured.name;
  }
  // A role alone: "The Convener", or a chair addressed by title ("Madam Speaker", "Mr Deputy Speaker").
  if (!label.name && !ROLE_ALONE.test(written) && !portrait && !label.honorific) return null;
  let at = first.length + 1;
  let k = 1;
  while (k < lines.length && NAME_LINE_CHROME.test(lines[k])) at += lines[k++].length + 1;
  return { label, speechStart: k < lines.length ? at : lines.join('\n').length };
}

/** A headline's words: short, most longer words capitalised ("What Is the Truth Behind the Ceasefire?"). */
export function isTitleCased(text: string): boolean {
  if (text.length > 160 || /[.!;]$/.test(text)) return false;
  // One pass, no split: words, and among words of four letters or more those that start with a capital.
  let words = 0;
  let long = 0;
  let capitalised = 0;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
    words++;
    // The first word is capitalised in any sentence ("This is at Windsor?"): only the words after it tell.
    if (i - start >= 4 && words > 1) {
      long++;
      if (/\p{Lu}/u.test(text[start])) capitalised++;
    }
  }
  return words >= 3 && words <= 14 && long >= 2 && capitalised >= long * 0.75;
}

const STAMP = /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?$/i;
const BARE_NAME_LINE = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|de|van|von|da|di|of|the)){1,4}$/u;
/** A constituency or office under the name: short, capitalised, no sentence punctuation. */
const AFFILIATION_LINE = /^\p{Lu}[^.!?:;"“”]{1,80}$/u;

/**
 * A speaker in a stacked record (a time stamp, then the name on its own line, then maybe the constituency or
 * office, then the speech): `11:17:43` / `Thangam Debbon` / `Bristol West` / `Will the Leader …`.
 */
export function matchStampedName(lines: string[]): LabelMatch | null {
  if (lines.length < 3 || !STAMP.test(lines[0]) || !BARE_NAME_LINE.test(lines[1])) return null;
  const label = parseLabel(lines[1]);
  if (!label?.name) return null;
  let k = 2;
  // The line under the name is its constituency or office when the speech follows it.
  if (k + 1 < lines.length && AFFILIATION_LINE.test(lines[k]) && lines[k].split(/\s+/).length <= 10) {
    label.role = lines[k];
    k++;
  }
  return { label, speechStart: lines.slice(0, k).join('\n').length + 1 };
}

/**
 * A name alone on its line (`Karine Jean-Pierre`, `Question`) with time lines or tags below it before the
 * speech (`00:00:07-00:00:31 (23 sec)`): a transcript service's label. `between` says whether a block after
 * the name is such a line; the speech is the block after them.
 */
export function matchNameOverStamp(lines: string[], after: readonly string[][], between: (lines: string[]) => boolean): LabelMatch | null {
  if (lines.length !== 1 || lines[0].length > 60) return null;
  let k = 0;
  while (k < after.length && k < 3 && between(after[k])) k++;
  if (k === 0 || k >= after.length) return null;
  const label = BARE_NAME_LINE.test(lines[0]) || /^(?:question|questions|q|reporter|journalist|audience member)$/i.test(lines[0]) ? parseLabel(lines[0]) : null;
  return label && (label.name || label.generic) ? { label, speechStart: lines[0].length } : null;
}

/** `Matt Cundill 00:00:02` (a transcription service's speaker line): the name, then the time it speaks. */
const NAME_THEN_STAMP = /^((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}|Speaker\s+\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?$/u;

/** A name with the time it speaks, alone on its line (`Catherine O'Brien 00:00:20`); the speech follows. */
export function matchNameWithStamp(lines: string[]): LabelMatch | null {
  // It ends in a digit: most lines are ruled out before the pattern is tried.
  const last = lines[0].charCodeAt(lines[0].length - 1);
  if (lines.length > 2 || lines[0].length > 60 || last < 48 || last > 57) return null;
  const m = NAME_THEN_STAMP.exec(lines[0]);
  const label = m ? parseLabel(m[1]) : null;
  return label && (label.name || label.generic) ? { label, speechStart: lines.length > 1 ? lines[0].length + 1 : lines[0].length } : null;
}

/** Where a stacked record's next speaker starts inside a block: a time stamp line right before a name line. */
export function startsStampedName(lines: string[], i: number): boolean {
  return STAMP.test(lines[i]) && i + 1 < lines.length && BARE_NAME_LINE.test(lines[i + 1]);
}

/**
 * `Photo of Derek Twigg Derek Twigg Labour, Halton 10:35 am, …`: a web record's caption, the name written
 * twice (the image's text, then the name), then party and seat. The name is what is repeated.
 */
function photoName(rest: string): LabelInfo | null {
  const words = rest.split(/\s+/);
  for (let n = 4; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (words.length >= 2 * n && words.slice(n, 2 * n).join(' ') === name) {
      const label = parseLabel(name);
      return label?.name ? label : null;
    }
  }
  return null;
}

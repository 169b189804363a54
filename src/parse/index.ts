/**
 * text → Transcript. Pure: no I/O. Blocks are classified (title, clutter, headings, separators, turns,
 * prose), speakers are learned into a registry, quotes are found and attributed by the sieve in
 * attribute.ts, and the paragraphs are grouped into sections.
 */
import { slugify } from '../model/slug.js';
import { MODEL_VERSION, type Paragraph, type Quote, type Section, type Speaker, type Transcript } from '../model/transcript.js';
import {
  cueThenQuote,
  findIndirect,
  governedQuote,
  ownsNoun,
  possessiveQuote,
  verbsIn,
  isMedia,
  looksLikeUtterance,
  nearestCueInSentence,
  noteAddressee,
  noteSubject,
  onlyPersonInParagraph,
  quoteThenCue,
  resolveMention,
  sentenceSubject,
  speakerOfCue,
  type Attribution,
  type Discourse,
  type DraftQuote,
  type QuoteContext,
} from './attribute.js';
import { findAnnouncedSpeech, isGreeting, type AnnouncedSpeech } from './announced.js';
import { isTitleCased, matchCollectiveLine, matchKnownLabel, matchLabel, matchNameLine, matchNameOverStamp, matchNameWithStamp, matchStampedName, parseLabel, startsStampedName, type LabelInfo, type LabelMatch } from './labels.js';
import { FIRST_PERSON, HONORIFICS, SELF_INTRODUCTION, KNOWN_NATIONALITIES, LABEL_ANNOTATION, NON_PERSON_HEADS, PEERAGE_TITLES, PERSON_TITLES, PERSON_NOUNS, REPORTING_VERBS, ROLE_WORDS, SPEECH_VERBS, STAGE_DIRECTION } from './lexicon.js';
import { CLAUSE_VERB_AFTER, findMentions, isCountry, isNationalityWord, type Mention, type VerbAt } from './mentions.js';
import { findDate, findPlace } from './metadata.js';
import { findInsertions, findQuoteSpans, type QuoteSpan } from './quote-marks.js';
import { SectionWords, splitSections, type ParagraphFacts } from './sections.js';
import { isClosingMark, isStop, splitSentences } from './sentences.js';
import { isSpaceCode, onlyBlanks } from './chars.js';
import { genderOfGivenName } from './given-names.js';
import { foldName, genderOf, NAME_PARTICLES, personGender, roleClassOf, SpeakerRegistry, type Person } from './speaker-registry.js';
import {
  isClutterBlock,
  isMetaLine,
  isSeparatorLine,
  isStageDirectionBlock,
  isStampOrTag,
  isTimestampLine,
  looksLikeHeading,
  splitBlocks,
} from './text-blocks.js';

export { PARSER_VERSION } from './version.js';

export interface ParseOptions {
  source?: string | null;
}

type BlockKind = 'prose' | 'turn' | 'stage' | 'timestamp' | 'meta' | 'heading' | 'separator' | 'clutter' | 'place';

interface Block {
  kind: BlockKind;
  lines: string[];
  /** The lines joined by line breaks: the paragraph's text. */
  text: string;
  label?: { info: LabelInfo; speechStart: number };
  /** Prose before any turn is analysed once, while speakers are learned, and kept for attribution. */
  analysis?: ProseAnalysis;
}

interface DraftParagraph {
  text: string;
  kind: BlockKind;
  quotes: DraftQuote[];
  /** For turns: the speaking person. */
  turnSpeaker?: Person | null;
  heading: string | null;
  separatorBefore: boolean;
}

const SPEECH_VERB_BEFORE = /\b([a-z]+)\s+$/;
const BRACKETED_AFTER_NAME = /^\s*\([^()\n]{1,40}\)/;

/** Whether BRACKETED_AFTER_NAME may match: not when plain spaces lead to printable ASCII other than a bracket. */
function bracketAhead(text: string): boolean {
  let i = 0;
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return !(c > 32 && c < 127 && c !== 40);
}

/** A comma, then only blanks, right before `at`. */
function commaBefore(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 160)) k--;
  return k >= 0 && text.charCodeAt(k) === 44;
}
const DESCRIBED_BEFORE = new RegExp(String.raw`\b(?:${PERSON_NOUNS.join('|')})\b[^,.;:!?"“”«»]{0,60},\s*$`, 'i');
// "Phelim Kine, deputy Asia director at Human Rights Watch, was quoted as saying": the passive is the verb.
const DESCRIBED_THEN_VERB = new RegExp(String.raw`^,\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[^,.;:!?"“”«»]{0,80}\b(?:${PERSON_NOUNS.join('|')})\b[^,.;:!?"“”«»]{0,80},\s+(?:was\s+quoted\s+as\s+)?([a-z]+)`, 'i');

const APPOSITION_THEN_SAID = /^,\s+([^,.;:!?"“”«»]{3,140}?)\s+(?:said|says|told|added|stressed|noted|stated|explained|insisted|warned)\b/;
// (Words only: the abbreviations' dots would match any letter, and "pm" is a time in lower case.)
const PERSON_NOUN_IN = new RegExp(String.raw`\b(?:${PERSON_NOUNS.filter((w) => /^[a-z-]+$/.test(w) && w !== 'pm').join('|')})\b`, 'i');

/** "I'm Karen Holt", "My name is Karen Holt": a name of two or three capitalised words. */
// "Hatch on Thursday told reporters", "Lavrov later said": a time between the name and its verb.
const ACTION_AFTER_NAME =
  /^\s*(?:,\s*(?:in turn|too|also|however|meanwhile|then|for (?:his|her|their|its) part)\s*,\s*|\s+also\s+|\s+then\s+|\s+in turn\s+|\s+for (?:his|her|their|its) part\s+|\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|\s+(?:yesterday|today|earlier|later|again)\s+)?(\p{Ll}+)/u;
const NAME_VERBS = new Set([
  ...'met meets thanked visited invited greeted welcomed signed arrived opened chaired held inspected made gave received congratulated called'.split(' '),
  // Headlines speak in the present: "Hrabovsky visits plant", "Kovac holds talks".
  ...'visits invites greets welcomes signs arrives opens chairs holds inspects makes gives receives congratulates calls thanks'.split(' '),
  ...'criticised criticized praised urged proposed argued defended rejected backed voted accused demanded questioned attacked dismissed'.split(' '),
]);

/**
 * Turns separated by single line breaks (`Q    Are you going?` / `THE PRESIDENT:  Yes.` on consecutive lines,
 * as many web copies have them): in a text with several labelled lines, a line inside a block that starts
 * with a label starts a block of its own.
 */
const PORTRAIT_LINE = / Portrait /;

/** An upper-case label after a run of spaces inside a line: a copy that lost the line break before a turn. */
const SPACED_LABEL = /(?<! ) {3,}([A-Z][A-Z.'’ -]{1,40}[A-Z.]):[ \t]+(?=\S)/g;

/**
 * `… What is that about?    CONDOLEEZZA RICE: Well I think …`: where a line holds, after three spaces or more,
 * a label that other lines of the text start with, the turn starts there.
 */
function splitSpacedLabels(blocks: string[][]): string[][] {
  const spaced = blocks.filter((lines) => lines.some((l) => l.includes('   ')));
  if (!spaced.length) return blocks;
  const starting = new Set<string>();
  for (const lines of blocks) for (const line of lines) {
    const m = /^([A-Z][A-Z.'’ -]{1,40}[A-Z.]):[ \t]/.exec(line);
    if (m) starting.add(m[1]);
  }
  if (!starting.size) return blocks;
  return blocks.flatMap((lines) => {
    if (!lines.some((l) => l.includes('   '))) return [lines];
    const out: string[][] = [];
    let current: string[] = [];
    for (const line of lines) {
      let from = 0;
      SPACED_LABEL.lastIndex = 0;
      for (let m = SPACED_LABEL.exec(line); m; m = SPACED_LABEL.exec(line)) {
        if (!starting.has(m[1])) continue;
        const before = line.slice(from, m.index).trim();
        if (before) current.push(before);
        if (current.length) out.push(current);
        current = [];
        from = m.index + m[0].length - m[0].trimStart().length;
      }
      const rest = line.slice(from).trim();
      if (rest) current.push(rest);
    }
    if (current.length) out.push(current);
    return out;
  });
}

function splitTurnLines(blocks: string[][]): string[][] {
  // Where a label starts a line inside a block: most blocks are one line, and most texts have none.
  const inner = new Map<number, number[]>();
  let innerCount = 0;
  blocks.forEach((lines, b) => {
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (matchLabel([line]) === null && !(PORTRAIT_LINE.test(line) && matchNameLine([line]) !== null) && !startsStampedName(lines, i)) continue;
      const at = inner.get(b);
      if (at) at.push(i);
      else inner.set(b, [i]);
      innerCount++;
    }
  });
  if (innerCount === 0) return blocks;
  let labelled = 0;
  for (const lines of blocks) if (labelled + innerCount < 3 && (matchLabel(lines) ?? matchNameLine(lines) ?? matchStampedName(lines) ?? matchNameWithStamp(lines) ?? matchCollectiveLine(lines))) labelled++;
  if (labelled + innerCount < 3) return blocks;
  const out: string[][] = [];
  blocks.forEach((lines, b) => {
    let from = 0;
    for (const i of inner.get(b) ?? []) {
      out.push(lines.slice(from, i));
      from = i;
    }
    out.push(from ? lines.slice(from) : lines);
  });
  return out;
}

/** A line that ends as a paragraph does: a full stop, a question or exclamation mark, a colon, a closing quote. */
const ENDS_PARAGRAPH = /[.!?:…"”»’')\]]$/;

/**
 * A copy whose paragraphs are separated by single line breaks (as many web pages copy) is read paragraph by
 * paragraph: a block of three or more lines of which at least two in three end a sentence is a block of
 * one-line paragraphs, not one hard-wrapped paragraph (whose lines mostly end mid-sentence). Blocks that
 * start with a speaker's label are left to the label rules.
 */
function splitParagraphLines(blocks: string[][]): string[][] {
  if (!blocks.some((lines) => lines.length >= 3)) return blocks;
  const out: string[][] = [];
  for (const lines of blocks) {
    if (lines.length < 3 || matchLabel(lines) !== null || matchNameLine(lines) !== null) {
      out.push(lines);
      continue;
    }
    let ends = 0;
    for (const line of lines) if (ENDS_PARAGRAPH.test(line)) ends++;
    if (ends * 3 >= lines.length * 2) for (const line of lines) out.push([line]);
    else out.push(lines);
  }
  return out;
}

const BARE_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u;

/**
 * `WT-I do have …` in a text whose other labels are `WT– …`, `SJ– …`: the same initials with a hyphen typed for
 * the dash. Only initials the text already uses as a dash label ("US-Russia talks" is no label).
 */
function hyphenedInitials(blocks: string[][], labels: (LabelMatch | null)[]): void {
  const initials = new Set<string>();
  blocks.forEach((lines, i) => {
    const l = labels[i];
    if (!l || !l.label.name || lines[0].charAt(l.label.raw.length) !== '–') return;
    // "SJ–", or the initials of a name given in full ("Wright Thompson–" is WT).
    initials.add(/^\p{Lu}{2,3}$/u.test(l.label.raw) ? l.label.raw : l.label.name.split(/\s+/).map((w) => w.charAt(0)).join(''));
  });
  if (!initials.size) return;
  blocks.forEach((lines, i) => {
    const m = labels[i] ? null : /^(\p{Lu}{2,3})-\s*(?=\p{Lu})/u.exec(lines[0]);
    const label = m && initials.has(m[1]) ? parseLabel(m[1]) : null;
    if (label) labels[i] = { label, speechStart: m![0].length };
  });
}

/**
 * In a text whose speakers are named on lines of their own, a later line with only a name already used so
 * (`Siobhan Gallagher`, after `Siobhan Gallagher (Eden Fells) (Lab)`) is that speaker's label too.
 */
function shortNameLines(blocks: string[][], labels: (LabelMatch | null)[]): void {
  const named = new Set<string>();
  for (const l of labels) if (l?.label.name) named.add(l.label.name.toLowerCase());
  if (!named.size) return;
  blocks.forEach((lines, i) => {
    if (labels[i] || lines.length !== 1 || i + 1 >= blocks.length || !BARE_NAME.test(lines[0])) return;
    const info = named.has(lines[0].toLowerCase()) ? parseLabel(lines[0]) : null;
    if (info) labels[i] = { label: info, speechStart: lines[0].length };
  });
}

/**
 * A transcript of one speech has one label ("President of Russia Vladimir Putin: Good afternoon, colleagues,"):
 * it is a speaker's when it names somebody in full (with a role, or a known given name first) and what follows
 * is spoken, in the first person.
 * A headline-like "Putin: …" (a surname alone) or a "Note:" line is not.
 */
function speechUnderOneLabel(blocks: string[][], labels: (LabelMatch | null)[]): boolean {
  const at = labels.findIndex((l) => l !== null);
  const { label, speechStart } = labels[at]!;
  const words = label.name?.split(/\s+/) ?? [];
  // A role given with it, or a known given name first: "Social Media Profiles:" names nobody.
  // ("Mr. Linder." in a hearing record: an honorific makes a surname alone a person.)
  if ((words.length < 2 && !(words.length === 1 && label.honorific)) || label.generic || (!label.role && !label.honorific && genderOfGivenName(words[0]) === null)) return false;
  const speech = `${blocks[at].join('\n').slice(speechStart)}\n${(blocks[at + 1] ?? []).join('\n')}`;
  return !QUOTE_MARK.test(speech.trimStart().charAt(0)) && FIRST_PERSON.test(speech);
}

/**
 * "Ed Helms: An Office Drone Takes To The Big Screen", printed two or three times at the top of a page (as
 * the headline, over the player, with the deck run on after it): a headline, not a turn. A label block near the
 * top whose first line begins with such a headline (a line of its own, "Name: Words In Title Case", or the
 * title) is no label.
 */
function dropRepeatedHeadlines(title: string, blocks: string[][], labels: (LabelMatch | null)[]): void {
  const top = Math.min(blocks.length, 30);
  const headlines: string[] = [];
  const headline = (line: string): boolean => {
    const colon = line.indexOf(': ');
    return line.length >= 20 && colon > 0 && colon < 60 && isTitleCased(line.slice(colon + 2));
  };
  if (headline(title)) headlines.push(title);
  for (let i = 0; i < top; i++) if (blocks[i].length === 1 && headline(blocks[i][0])) headlines.push(blocks[i][0]);
  // The title itself, printed again in the body ("Press Conference: Karine Jean-Pierre Holds a Press Briefing …").
  if (title.length >= 20) for (let j = 0; j < top; j++) if (labels[j] && blocks[j][0] === title) labels[j] = null;
  if (!headlines.length) return;
  for (let j = 0; j < top; j++) if (labels[j] && headlines.some((h) => blocks[j][0].startsWith(h))) labels[j] = null;
}

/** "— Did you get through?" / "— Probably, yes.": an interview printed with a dash before each turn. */
const DASH_TURN = /^[—–]\s+(?=\S)/;
/** The same with a hyphen typed for the dash ("- Good afternoon …"), where the page says it is an interview. */
const HYPHEN_TURN = /^[—–-]\s+(?=\S)/;
/** The label of an answer in a dash interview: the person the lead presents (the text's principal). */
const INTERVIEWEE = '— answer';

/**
 * An interview printed as turns that open with a dash and name nobody (Russian and French papers print them
 * so): questions (the turns that end with a question mark) are the interviewer's, an unnamed speaker; the
 * answers are the interviewee's, the person the lead presents. At least two of each.
 */
function dashInterview(blocks: string[][], labels: (LabelMatch | null)[], hyphens: boolean): void {
  const dashTurn = hyphens ? HYPHEN_TURN : DASH_TURN;
  let questions = 0;
  let answers = 0;
  for (const lines of blocks) {
    if (!dashTurn.test(lines[0])) continue;
    if (/\?\s*$/.test(lines[lines.length - 1])) questions++;
    else answers++;
  }
  if (questions < 2 || answers < 2) return;
  blocks.forEach((lines, i) => {
    const dash = dashTurn.exec(lines[0]);
    if (!dash) return;
    const question = /\?\s*$/.test(lines[lines.length - 1]);
    labels[i] = {
      label: question ? { raw: '—', name: null, role: null, honorific: null, generic: 'Interviewer' } : { raw: INTERVIEWEE, name: null, role: 'Interviewee', honorific: null, generic: null },
      speechStart: dash[0].length,
    };
  });
}

function openingTurn(lines: string[]): boolean {
  if (!/[.!?…]["”’]?$/.test(lines[0] ?? '')) return false;
  const match = matchLabel(lines);
  return match !== null && match.speechStart < lines[0].length && (match.label.role !== null || (match.label.name ?? '').includes(' '));
}

/** `Tape Master: 10062`: a catalogue's field and a short value, no sentence. */
const FIELD_LINE = /^(\p{Lu}[\p{L} ]{0,29}):[ \t]+(\S(?:[^.!?…"”»:]{0,38}[^.!?…"”»:\s])?)$/u;

/**
 * Runs of four or more `Field: value` lines with four different fields (`Clip: 460195_1`, `Year Shot: 1994`,
 * `Audio: Yes`, `Tape Master: 10062`), two or more of them figures (numbers, ids, dates): a catalogue record,
 * whose fields are no speakers. Short turns under labels (a roll call's `SMITH: Aye`) hold no figures.
 */
function fieldRuns(rest: string[][]): number[] {
  const out: number[] = [];
  let run: number[] = [];
  let figures = 0;
  const keys = new Set<string>();
  const close = (): void => {
    // (A roll call, "SMITH: Aye", "JONES: No", is turns: a catalogue's values hold figures, ids and dates.)
    if (run.length >= 4 && keys.size >= 4 && figures >= 2) out.push(...run);
    run = [];
    figures = 0;
    keys.clear();
  };
  rest.forEach((lines, i) => {
    const field = lines.length === 1 && lines[0].length <= 72 && lines[0].includes(':') ? FIELD_LINE.exec(lines[0]) : null;
    if (!field || field[2].split(/\s+/).length > 4) return close();
    run.push(i);
    keys.add(field[1].toLowerCase());
    if (/\d/.test(field[2])) figures++;
  });
  close();
  return out;
}

/** An image's alt text above a page's title, naming whom it shows: "Ronald Reagan photo", "Jane Holt picture". */
const PICTURE_LINE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:photo|picture|portrait|image)$/u;

function classifyBlocks(allBlocks: string[][]): { title: string; items: Block[]; place: string | null; pictured: string | null } {
  const blocks = splitParagraphLines(splitTurnLines(splitSpacedLabels(allBlocks)));
  let start = 0;
  let pictured: string | null = null;
  while (start < blocks.length && isClutterBlock(blocks[start])) start++;
  const picture = blocks.length > start + 1 && blocks[start].length === 1 ? PICTURE_LINE.exec(blocks[start][0]) : null;
  if (picture) {
    pictured = picture[1];
    start++;
    while (start < blocks.length && isClutterBlock(blocks[start])) start++;
  }
  const titleBlock = blocks[start] ?? [''];
  // A copy that starts mid-article has no headline: its first line is already body text, kept as such.
  // So does a transcript copied from its first label on ("Karoline Leavitt (00:00):" with the speech below).
  // So does one whose first line is already a turn, a full label and a sentence ("President of Russia Vladimir
  // Putin: Good afternoon, Mr Zaitsev."); a headline in label form has no full stop ("Putin: Russia will respond").
  const headless = isBodyText(titleBlock[0] ?? '') || (titleBlock.length > 1 && /:$/.test(titleBlock[0]) && matchLabel(titleBlock) !== null) || openingTurn(titleBlock);
  const title = headless ? '' : (titleBlock[0] ?? '');
  const rest = headless ? blocks.slice(start) : [...(titleBlock.length > 1 ? [titleBlock.slice(1)] : []), ...blocks.slice(start + 1)];
  const labels = rest.map((lines) => matchLabel(lines) ?? matchNameLine(lines) ?? matchStampedName(lines) ?? matchNameWithStamp(lines) ?? matchCollectiveLine(lines));
  // `Karine Jean-Pierre` / `Somewhat Positive` / `00:00:07-00:00:31 (23 sec)` / the speech: a service's label.
  const chrome = isStampOrTag;
  rest.forEach((lines, i) => {
    if (labels[i] || lines.length !== 1 || lines[0].length > 60 || rest[i + 1]?.length !== 1 || !chrome(rest[i + 1])) return;
    // …and the speech after the time lines is no label of its own ("The South Lawn", "10:05 A.M.", "Q  Are you…").
    let speech = i + 1;
    while (speech < rest.length && speech <= i + 3 && chrome(rest[speech])) speech++;
    if (!labels[speech]) labels[i] = matchNameOverStamp(lines, rest.slice(i + 1, i + 5), chrome);
  });
  dropRepeatedHeadlines(title, rest, labels);
  // "Host: Subash Jayaraman", "Guest: Wright Thompson": who plays which part, not a turn.
  const cast = new Set<number>();
  labels.forEach((l, i) => {
    if (l && (!l.label.name || CAST_PARTS.test(l.label.raw)) && !l.label.generic && rest[i].length === 1 && CAST_NAME.test(rest[i][0].slice(l.speechStart))) {
      labels[i] = null;
      cast.add(i);
    }
  });
  shortNameLines(rest, labels);
  hyphenedInitials(rest, labels);
  const usedLabels = new Set<string>();
  let labelCount = 0;
  for (const l of labels) if (l) usedLabels.add(l.label.raw), labelCount++;
  // (Only in a transcript: three labels or more, so an article's lone "Minsk: …" line costs nothing here.)
  if (labelCount >= 3) rest.forEach((lines, i) => (labels[i] ??= lines.length === 1 && !cast.has(i) ? matchKnownLabel(lines, usedLabels) : null));
  for (const i of fieldRuns(rest)) {
    labels[i] = null;
    cast.add(i);
  }
  // Two labels of one name may be a headline printed twice; a transcript has two speakers or three turns.
  // (A hyphen before each turn only where the page says it is an interview: otherwise it is a bullet list.)
  if (!labels.some((l) => l !== null)) dashInterview(rest, labels, /\binterview/i.test(`${title}\n${rest.slice(0, 4).map((l) => l.join(' ')).join('\n')}`));
  const found = labels.filter((l): l is LabelMatch => l !== null);
  const transcriptMode = found.length >= 3 || (found.length === 2 && found[0].label.raw !== found[1].label.raw) || (found.length === 1 && speechUnderOneLabel(rest, labels));
  let place: string | null = null;
  const items: Block[] = [];
  rest.forEach((lines, i) => {
    const text = lines.join('\n');
    const label = labels[i];
    const push = (kind: BlockKind, withLabel?: Block['label']): void => {
      // Every block has the same fields from the start (one shape for the engine to optimise).
      items.push({ kind, lines, text, label: withLabel, analysis: undefined });
    };
    if (isClutterBlock(lines)) push('clutter');
    else if (lines.length === 1 && isSeparatorLine(lines[0])) push('separator');
    else if (lines.every(isTimestampLine)) push('timestamp');
    else if (isStageDirectionBlock(text)) push('stage');
    else if (transcriptMode && label) push('turn', { info: label.label, speechStart: label.speechStart });
    else if (isMetaLine(lines[0]) || cast.has(i)) push('meta');
    else if (i === 0 && place === null && isPlaceBlock(lines, rest[1])) {
      place = lines.join(', ');
      push('place');
    } else if (looksLikeHeading(lines) && i + 1 < rest.length && !label) push('heading');
    else push('prose');
  });
  place ??= rest.length ? findPlace(rest[0]) : null;
  // A headline that quotes somebody ("Minnikhanov: ‘I always visit Belarus with keen interest’") is also the
  // text's first paragraph, so its quote is attributed like any other.
  if (title && QUOTE_MARK.test(title) && !transcriptMode && findQuoteSpans(title).some((q) => q.end - q.start >= 3)) items.unshift({ kind: 'prose', lines: [title], text: title, label: undefined, analysis: undefined });
  return { title, items, place, pictured };
}
const QUOTE_MARK = /["“”«»„‘’]/;

/**
 * Body text rather than a headline: it opens with a quote mark, or is longer than headlines run, or is a
 * whole sentence of twenty words or more.
 */
function isBodyText(line: string): boolean {
  if (/^["“«„‘]/.test(line) || line.length > 200) return true;
  return /[.!?…]["”»’]?$/.test(line) && line.split(/\s+/).length >= 20;
}

/**
 * Place lines right after the title: "Aboard Air Force One / En Route to Denver, Colorado", "In Sochi",
 * or one short line ("East Room") followed straight away by a time stamp (a lone line before the first turn
 * is more likely a heading).
 */
function isPlaceBlock(lines: string[], next: string[] | undefined): boolean {
  if (lines.some((l) => l.length > 60 || /[.!?:;"“”«»]$/.test(l) || isTimestampLine(l))) return false;
  if (lines.length >= 2 || /^(?:aboard|in|at|from|en route|near|outside|inside|on board)\b/i.test(lines[0])) return true;
  const nextIsTime = Boolean(next && next.every(isTimestampLine));
  return lines[0].length <= 40 && /^\p{Lu}/u.test(lines[0]) && nextIsTime;
}

/** Name mentions that show they are people: a role before them, an honorific, or a verb after them. */
function isPersonEvidence(m: Mention, text: string, headline = false): boolean {
  if (m.kind !== 'name') return false;
  // "Colonel Gaddafi threatened …": a title only a person holds.
  if (m.roleClass || m.honorific || (m.role !== null && PERSON_TITLES.has(m.role.toLowerCase()))) return true;
  // `Putin: "…"` in prose: a name and a colon before a quote names a speaker, even a surname alone.
  if (/^\s*:\s*["“«„‘]/.test(text.slice(m.end, m.end + 6))) return true;
  if (m.nameTokens.length < 2) return false;
  const context = personByContext(m, text);
  if (context !== 'maybe') return context === 'yes';
  // "Giorgia Santovito presented …", "Jean de Tourtolon, who …": a known given name before a surname, acting.
  // Not in a headline, whose every word is capitalised ("What Is the Truth Behind the Ceasefire").
  return !headline && m.nameTokens.length <= 4 && !m.object && genderOfGivenName(m.nameTokens[0]) !== null;
}

/**
 * Whether its context shows that a name of two words or more is a person's: a verb, a description around
 * it ('yes'); a word or clause after it that may be acting ('maybe': the given name decides); nothing ('no').
 */
const ACCORDING_BEFORE = /\baccording to\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/u;

/** The event a title names right after the person who speaks at it. */
const EVENT_AFTER_NAME = /^\s+(?:Press\s+|News\s+|Media\s+)?(?:Gaggle|Briefing|Conference|Remarks|Interview|Speech|Statement|Address|Q&A)\b/;

/** A feeling after "was"/"is": "delighted with", "not happy", "furious". */
const FEELING_AFTER = /^\s*(?:(?:not|very|so|clearly|visibly|far|less|more|also|still|quite)\s+)?(?:delighted|happy|unhappy|pleased|displeased|angry|furious|upset|disappointed|satisfied|dissatisfied|confident|proud|thrilled|relieved|frustrated|annoyed|optimistic|pessimistic|sure|adamant|keen|glad|sad|worried|concerned|surprised|shocked|grateful|thankful|excited|emotional|livid|elated|full of praise)\b/;

function personByContext(m: Mention, text: string): 'yes' | 'no' | 'maybe' {
  // `"…," said Jan Pieters`: a speech verb right before the name.
  const before = SPEECH_VERB_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start));
  if (before && SPEECH_VERBS.has(before[1])) return 'yes';
  // `…, her counterpart at the union, Ahmed Bakker,`: a name set after a description of a person.
  if (commaBefore(text, m.start) && DESCRIBED_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start))) return 'yes';
  // "according to Channel Nine’s Lena Brook": the source of what the sentence reports; the given name decides.
  if (ACCORDING_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !isMedia(m.nameTokens.join(' '))) return 'maybe';
  const rest = text.slice(m.end);
  // "Karine Jean-Pierre Press Gaggle on Air Force One", "Olivia Dale Remarks at …": a title's name before the
  // event it names is the person who speaks at it.
  if (m.nameTokens.length >= 2 && m.start < 4 && EVENT_AFTER_NAME.test(text.slice(m.end, m.end + 40))) return 'yes';
  // `Marieke de Groot, chief executive of the employers' association, said`: a description, then the verb.
  if (rest.charCodeAt(0) === 44) {
    // "Ivo Dent, Special Adviser to the President on Media said …": a description whose closing comma was left out.
    const open = APPOSITION_THEN_SAID.exec(rest.slice(0, 200));
    if (open && PERSON_NOUN_IN.test(open[1])) return 'yes';
    const described = DESCRIBED_THEN_VERB.exec(rest);
    if (described && (SPEECH_VERBS.has(described[1]) || NAME_VERBS.has(described[1]) || /^\p{Ll}{3,}ed$/u.test(described[1]))) return 'yes';
    return 'maybe';
  }
  // `Elena Marković (S&D, HR) said`: a party, constituency or age in brackets may stand between.
  const unbracketed = bracketAhead(rest) ? rest.replace(BRACKETED_AFTER_NAME, '') : rest;
  const after = ACTION_AFTER_NAME.exec(unbracketed);
  if (!after) return /^,\s*(?:the\s+)?\p{Ll}*\s*(?:president|minister|director|engineer|leader|head|chair|governor|mayor|secretary|spokes\w+)/iu.test(rest) ? 'yes' : 'no';
  const verb = after[1];
  // "Arsene Wenger was delighted with …", "Pulis is confident": only a person feels so.
  if ((verb === 'was' || verb === 'is') && FEELING_AFTER.test(unbracketed.slice(after[0].length, after[0].length + 40))) return 'yes';
  if (!SPEECH_VERBS.has(verb) && !NAME_VERBS.has(verb)) return /^(?:of|in|and|to|for|at|on|from|with|by|the|a|an)$/.test(verb) ? 'no' : 'maybe';
  // "Interfax reported": a medium passes words on; it is not a person.
  return !REPORTING_VERBS.has(verb) && !isMedia(m.nameTokens.join(' ')) ? 'yes' : 'no';
}

function outsideRanges(text: string, spans: readonly QuoteSpan[]): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const s of spans) {
    if (s.open > at) ranges.push([at, s.open]);
    at = s.close;
  }
  if (at < text.length) ranges.push([at, text.length]);
  return ranges;
}

interface ProseAnalysis {
  spans: QuoteSpan[];
  mentions: Mention[];
  /** Speech verbs outside quotes. */
  verbs: VerbAt[];
}

function analyseProse(text: string): ProseAnalysis {
  const spans = findQuoteSpans(text);
  const verbs: VerbAt[] = [];
  const mentions: Mention[] = [];
  for (const [from, to] of outsideRanges(text, spans)) findMentions(text, from, to, verbs, mentions);
  return { spans, mentions, verbs };
}

const APPOSITIVE_HINT = /,\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s)?(?:President|Minister|Governor|Mayor|Chair|Director|Secretary|Speaker|Ambassador)/u;
/** The role words APPOSITIVE_HINT needs, looked for first without Unicode classes. */
const APPOSITIVE_ROLE = /President|Minister|Governor|Mayor|Chair|Director|Secretary|Speaker|Ambassador/;

function learnFromProse(registry: SpeakerRegistry, text: string, { mentions }: ProseAnalysis, fullNames?: (word: string) => string[] | undefined, headline = false, next = ''): void {
  for (const m of mentions) {
    if (!isPersonEvidence(m, text, headline)) {
      if (m.nameTokens.length !== 1 || !fullNames) continue;
      // "“…,” Peskov said", or "Belta quotes Lukashenko": one word that speaks, or whose words a medium passes on.
      const verb = m.object ? '' : (ACTION_AFTER_NAME.exec(text.slice(m.end))?.[1] ?? '');
      const relayed = RELAYED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start));
      if (!relayed && (!SPEECH_VERBS.has(verb) || REPORTING_VERBS.has(verb))) continue;
      // Where the text also names "Dmitry Peskov" (as an object, on a "Source:" line): that person spoke.
      const full = fullNames(m.nameTokens[0]);
      if (full) registry.addName(full);
      else if (loneSurname(m.nameTokens[0], text.slice(m.end, m.end + 400), next)) registry.addName(m.nameTokens);
      continue;
    }
    // "Sir Keir", after "Sir Keir Starmer": the knight already named in full.
    const knight = m.honorific && m.nameTokens.length === 1 && /^(?:sir|dame)$/i.test(m.honorific) ? registry.knightByGiven(m.nameTokens[0]) : null;
    const person = knight ?? registry.addName(m.nameTokens, m.honorific ? `${m.honorific} ${m.nameTokens.join(' ')}` : undefined);
    if (m.honorific) person.gender ??= genderOf(m.honorific);
    if (m.role) registry.addRole(person, m.role, m.nationality);
  }
  // "de Groot met her counterpart", "Lukashenko thanked his colleague": the subject's own counterpart tells
  // the subject's gender, which "she said" needs later.
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (m.kind !== 'name' || m.object || !next || next.kind !== 'role') return;
    const possessive = /^(his|her)\s/i.exec(next.text);
    if (!possessive || !/^\s+\p{Ll}+(?:\s+with)?\s+$/u.test(text.slice(m.end, next.start))) return;
    const person = registry.findByName(m.nameTokens);
    if (person && !person.generic) person.gender ??= possessive[1].toLowerCase() === 'his' ? 'm' : 'f';
  });
  // An appositive role: "Irina Valk, President of Veloria, said".
  if (!APPOSITIVE_ROLE.test(text) || !APPOSITIVE_HINT.test(text)) return;
  for (const a of text.matchAll(/(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)+),\s+((?:the\s+)?(?:\p{Lu}\p{L}+\s)?(?:President|Minister|Governor|Mayor|Chair\w*|Director|Secretary|Speaker|Ambassador)(?:\s+of(?:\s+the)?(?:\s+\p{Lu}\p{L}+)+)?)/gu)) {
    const person = registry.findByName(a[1].split(' '));
    if (person) registry.addRole(person, a[2].replace(/^the\s+/, ''));
  }
}

/** "Belta quotes Lukashenko", "Interfax quoted Peskov as saying", "citing Zakharova": a medium relays them. */
const RELAYED_BEFORE = /\b(?:quotes|quoted|quoting|cites|cited|citing)\s+$/;
/** Endings that only surnames have (Slavic, Baltic, Caucasian, Romanian, Turkish): "Lukashenko", "Morawiecki". */
const SURNAME_ENDING = /\p{Ll}(?:enko|chuk|czuk|shvili|dze|ovich|evich|vić|vic|ić|ski|sky|skiy|skyi|cki|cka|ska|ova|eva|yan|escu|oğlu|oglu)$/u;
/** "He noted that", "…,” she said": a person's pronoun as the subject of a speech verb. */
const PRONOUN_SPEAKS = /(?:^|[.!?…"”»,]\s*)(?:he|she)\s+(?:also\s+)?(\p{Ll}+)/giu;

/**
 * One capitalised word that speaks, with no fuller name for it in the text: "Moscow said", "Gazprom said" are
 * places and companies; "Lukashenko said" a person. A person's word ends like a surname, or "he" or "she"
 * speaks right after it (in the rest of its paragraph or the next one), and it is no body, medium, place of a
 * known nationality or acronym.
 */
function loneSurname(word: string, after: string, next: string): boolean {
  if (word.length < 3 || /^\p{Lu}+$/u.test(word) || !mayBePerson(word)) return false;
  if (SURNAME_ENDING.test(word)) return true;
  for (const m of `${after} ${next.slice(0, 300)}`.matchAll(PRONOUN_SPEAKS)) if (SPEECH_VERBS.has(m[1])) return true;
  return false;
}

/** A single capitalised word that somebody tells, asks, addresses or meets: "Blinken told Xi.", "as he addressed Blinken". */
const ADDRESSED_NAME = /\b(?:told|asked|addressed|thanked|greeted|congratulated|phoned|(?:met|meeting|talks|talked|spoke|speaking) with)\s+(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{N}])(?![\s-]*\p{Lu})(?!['’]s)/gu;
/** A single capitalised word that is no country, nationality, medium, body or capital. */
function mayBePerson(word: string): boolean {
  return !NON_PERSON_HEADS.has(word.toLowerCase()) && !isNationalityWord(word) && !isCountry(word) && !isMedia(word) && !METONYM_WORDS.has(word);
}

/** Places that stand for a government ("told the Kremlin"): never a person. */
const METONYM_WORDS = new Set(['Kremlin', 'Washington', 'Moscow', 'Beijing', 'Kyiv', 'Kiev', 'London', 'Paris', 'Berlin', 'Brussels', 'Tehran', 'Ankara', 'Minsk', 'Tokyo', 'Seoul', 'Pyongyang', 'Parliament', 'Congress', 'Downing', 'Westminster', 'Whitehall']);

/** "Turnbull, Malcolm": an archive's heading of whose transcripts these are, surname first. */
const INVERTED_NAME = /^(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$/u;

/** The person an inverted name line near the top names (a known given name after the comma), registered. */
function invertedNameLine(registry: SpeakerRegistry, blocks: Block[]): Person | null {
  for (const b of blocks.slice(0, 12)) {
    const m = b.lines.length === 1 ? INVERTED_NAME.exec(b.lines[0]) : null;
    if (m && genderOfGivenName(m[2].split(/\s+/)[0]) !== null && genderOfGivenName(m[1]) === null) return registry.addName([...m[2].split(/\s+/), m[1]]);
  }
  return null;
}

/**
 * A service transcript labelled only `Speaker 1`, `Speaker 2` … under a title that names one person
 * ("Principal Deputy Press Secretary Olivia Dalton Gaggle Aboard Air Force One"): the numbered speaker who says
 * most — more than half of all the words, and twice the next — is that person (the briefer). Any named label,
 * or no such majority, leaves the numbers as they are.
 */
function numberedSpeakerIsPrincipal(drafts: DraftParagraph[], registry: SpeakerRegistry): void {
  const principal = registry.principal;
  if (!principal || principal.generic) return;
  const words = new Map<Person, number>();
  let all = 0;
  for (const p of drafts)
    for (const q of p.quotes) {
      if (q.kind !== 'turn' || !q.speaker) continue;
      if (!q.speaker.generic) return;
      const name = registry.displayName(q.speaker);
      if (!/^Speaker \d+$/.test(name)) continue;
      const n = countWords(p.text, q.start, q.end);
      words.set(q.speaker, (words.get(q.speaker) ?? 0) + n);
      all += n;
    }
  const ranked = [...words].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[0][1] * 2 <= all || ranked[0][1] < 2 * ranked[1][1]) return;
  const numbered = ranked[0][0];
  for (const p of drafts)
    for (const q of p.quotes)
      if (q.speaker === numbered) {
        q.speaker = principal;
        q.confidence = Math.min(q.confidence, 0.8);
      }
}

function countWords(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from, inWord = false; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** "Full text of the interview of President of Veloria Ivo Dent to …": whom the interview is with. */
const INTERVIEW_OF = /\binterview(?:ed)?\s+(?:of|with|to|given by|by)\s+/i;

/** In a dash interview, the person the lead says the interview is with: who answers. */
function interviewee(registry: SpeakerRegistry, lead: (string | Block)[]): Person | null {
  for (const b of lead) {
    const text = typeof b === 'string' ? b : b.text;
    const at = INTERVIEW_OF.exec(text);
    if (!at) continue;
    const from = at.index + at[0].length;
    const analysis = typeof b === 'string' ? analyseProse(b) : (b.analysis ?? analyseProse(b.text));
    const m = analysis.mentions.find((x) => x.start >= from && x.start <= from + 80 && x.kind === 'name' && x.nameTokens.length >= 2);
    if (m) return registry.findByName(m.nameTokens) ?? registry.addName(m.nameTokens);
  }
  return null;
}

/** "Record of the Press Briefing by Spokesman on 24 February 2012": a briefing given by a role the text never names. */
const BRIEFING_BY_ROLE = /\b(?:briefing|conference|remarks|statement)\s+by\s+(?:the\s+)?((?:Official\s+|Deputy\s+|Foreign\s+(?:Ministry|Office)\s+)?(?:Spokes(?:man|woman|person)|Press\s+Secretary))\b/i;

/** The briefer a title names by role only: who answers under "A:" (a role-only speaker, never a guess at a name). */
function brieferByRole(registry: SpeakerRegistry, title: string): Person | null {
  const m = BRIEFING_BY_ROLE.exec(title);
  if (!m) return null;
  const role = m[1].replace(/\s+/g, ' ');
  return registry.roleOnly(role, role);
}

/** The first person named as acting (not as object) in the headline and opening paragraphs. */
function findPrincipal(registry: SpeakerRegistry, blocks: (string | Block)[]): Person | null {
  for (const b of blocks.slice(0, 6)) {
    const analysis = typeof b === 'string' ? analyseProse(b) : (b.analysis ?? analyseProse(b.text));
    for (const m of analysis.mentions) {
      if (m.kind !== 'name' || m.object) continue;
      const person = registry.findByName(m.nameTokens);
      if (person && !person.generic) return person;
    }
  }
  return null;
}

/** A greeting, then the questioner's name and outlet: "Hi, Tunde. Dilnoza Karimova, Tashkent Daily." */
const QUESTIONER_NAMED = /^(?:(?:Hi|Hello|Good (?:morning|afternoon|evening)|Thank you|Thanks)\b[^.!?]{0,40}[.!?,]\s+)?(?:(?:Mr|Madam|Mister)\.? (?:President|Secretary|Minister|Spokesman|Ambassador)[.,!]\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s+|\s+(?:from|of|with)\s+)\p{Lu}/u;

function selfNamedQuestioner(text: string, speechStart: number): { name: string[]; evidence: [number, number] } | null {
  const speech = text.slice(speechStart, speechStart + 160);
  const m = QUESTIONER_NAMED.exec(speech);
  // "Good afternoon, Prime Minister, … I am Shao Ming and I have two questions.": a questioner who says who they are.
  if (!m) {
    const own = SELF_INTRODUCTION.exec(speech);
    // The name ends a clause ("I am Shao Ming and I have …", "I'm Shao Ming, from …"): not "I am New Harbour’s …".
    if (!own || !/^(?:[.,;!?]|\s+(?:and|from|of|with|here|at)\b|\s*$)/.test(speech.slice(own.index + own[0].length))) return null;
    const name = own[1].split(/\s+/);
    if (name.some((w) => NON_PERSON_HEADS.has(w.toLowerCase()) || KNOWN_NATIONALITIES.has(w) || isCountry(w) || HONORIFICS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()))) return null;
    const at = speechStart + own.index + own[0].indexOf(own[1]);
    return { name, evidence: [at, at + own[1].length] };
  }
  const name = m[1].split(/\s+/);
  // A person's name: a known given name first, or the name then an outlet and a full stop ("Dilnoza
  // Karimova, Tashkent Daily."); not "United States, …" or "Ukraine, …".
  const outlet = new RegExp(String.raw`^${m[1]},\s+\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,4}\.(?:\s|$)`, 'u');
  if (genderOfGivenName(name[0]) === null && !outlet.test(speech.slice(m.index + m[0].indexOf(m[1])))) return null;
  if (name.some((w) => NON_PERSON_HEADS.has(w.toLowerCase()) || KNOWN_NATIONALITIES.has(w) || HONORIFICS.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()) || w === 'Madam')) return null;
  const at = speechStart + m.index + m[0].indexOf(m[1]);
  return { name, evidence: [at, at + m[1].length] };
}

/** "HOST: Good morning … I'm Karen Holt.": a host, moderator or anchor who says their name is that person. */
function nameFromIntroduction(registry: SpeakerRegistry, speaker: Person, speech: string): void {
  if (roleClassOf(speaker.roles[0] ?? '') !== 'moderator') return;
  const intro = SELF_INTRODUCTION.exec(speech);
  if (intro && !intro[1].split(' ').some((w) => roleClassOf(w))) registry.nameRoleOnly(speaker, intro[1].split(' '));
}

/** `Members present: Jane Holt (Chair); …`, `Lord Okonjo (The Chair)`: who the `Chair:` labels mean. */
const CHAIR_MARK = /([^;:,()\n]{3,80})\((?:the\s+)?(chair|chairman|chairwoman|chairperson|convener|convenor|in the chair)\)/gi;

/** The name in a cast line ("Host: Subash Jayaraman", "Guest: Wright Thompson, and"). */
const CAST_NAME = /^(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*?\s+\p{Lu}[\p{L}'’-]+(?:,?\s+and)?,?$/u;
const CAST_LINE = /^([^:\n]{2,40}):\s+(.+?)(?:,?\s+and)?,?$/;
/** Parts whose labels read like names: "Guest: Ilse Maren", then "Guest:". */
const CAST_PARTS = /^(?:guests?|panell?ists?|interviewee|caller|producer|co-host|cohost)$/i;

/** "Host: Subash Jayaraman": the person who speaks under the role's label ("Host:") later on. */
function learnCast(registry: SpeakerRegistry, text: string): void {
  const m = CAST_LINE.exec(text);
  const role = m ? parseLabel(m[1]) : null;
  const info = m && CAST_NAME.test(m[2]) ? parseLabel(m[2]) : null;
  if (!role || !info?.name) return;
  // "Host: …" names a role; "Guest: …" a part whose label reads like a name: either way, that label is theirs.
  const person = speakerForLabel(registry, { ...info, role: role.role ?? role.generic ?? role.raw });
  registry.cast.set(role.raw.toLowerCase(), person);
}

function learnChairs(registry: SpeakerRegistry, text: string): void {
  if (!/\((?:the\s+)?(?:chair|conven)/i.test(text)) return;
  for (const m of text.matchAll(CHAIR_MARK)) {
    const info = parseLabel(m[1]);
    if (info?.name) speakerForLabel(registry, { ...info, role: /conven/i.test(m[2]) ? 'Convener' : 'Chair' });
  }
}

const INITIALS = /^\p{Lu}{1,3}$/u;
const INITIALS_PEOPLE = 200;

/** The one person (not a generic speaker) whose name's initials are these; null when none or several. */
function byInitials(registry: SpeakerRegistry, initials: string): Person | null {
  // Podcasts label by initials; a record of hundreds of people does not (and each look-up reads them all).
  if (registry.persons.length > INITIALS_PEOPLE) return null;
  let found: Person | null = null;
  for (const p of registry.persons) {
    if (p.generic || p.roleOnly) continue;
    const words = registry.displayName(p).split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.map((w) => w.charAt(0)).join('') !== initials) continue;
    if (found) return null;
    found = p;
  }
  return found;
}

function speakerForLabel(registry: SpeakerRegistry, info: LabelInfo): Person {
  const cast = registry.cast.size ? registry.cast.get(info.raw.toLowerCase()) : undefined;
  if (cast) return cast;
  // "A:" in a briefing whose title names the briefer ("Spokesperson Hua Chunying's Regular Press Conference").
  if (info.generic === 'Answer' && registry.principal && !registry.principal.generic) return registry.principal;
  if (info.generic) return registry.generic(info.generic);
  // Time stamps and "(retranslated)" are not part of how the label names its speaker.
  const written = info.raw.replace(LABEL_ANNOTATION, '').trim();
  const gender = info.honorific ? genderOf(info.honorific) : null;
  // "JC:", "T:": the initials of one person the text has named (Jonas Carver, Tove).
  if (info.name && !info.role && !info.honorific && INITIALS.test(written)) {
    const person = byInitials(registry, written);
    if (person) {
      person.aliases.add(written);
      return person;
    }
  }
  // "Xinhua News Agency:", "ITAR-TASS and RTR of Russia:": a reporter of that outlet, not named.
  if (info.name && !info.honorific && !info.role && isMedia(info.name)) return registry.generic(written);
  if (info.name) {
    // A peer's title is part of the name ("Lord Hale of Dunmore"); nameParts knows it is not a given name.
    const peer = info.honorific !== null && PEERAGE_TITLES.has(info.honorific.toLowerCase());
    const tokens = peer ? [info.honorific!, ...info.name.split(/\s+/)] : info.name.split(/\s+/);
    let person: Person;
    if (info.honorific && !peer && tokens.length === 1) {
      const known = registry.candidates(tokens);
      person = known.length === 1 ? known[0] : registry.addName(tokens);
      if (known.length !== 1) person.forms.set(`${info.honorific} ${info.name}`, 2);
      person.aliases.add(written);
    } else {
      // "President of Russia Vladimir Putin" says no more than name and role, which are kept apart already.
      const plain = info.role !== null && (written === `${info.role} ${info.name}` || written === `${info.name}, ${info.role}`);
      person = registry.addName(tokens, plain ? undefined : written);
    }
    if (info.role) registry.addRole(person, info.role);
    person.gender ??= gender;
    return person;
  }
  const role = info.role ?? info.raw;
  // "THE PRESIDENT:" in a text that has named exactly one president: that person.
  const cls = roleClassOf(role);
  const known = cls ? registry.byRole(cls, null, []) : null;
  if (known && !known.roleOnly) return known;
  // "The President." on an archive page that pictures a president above the title, and names no other.
  if (registry.pictured && (cls === 'head' || cls === 'leader') && registry.pictured.roleClasses.size === 0) {
    registry.addRole(registry.pictured, role);
    return registry.pictured;
  }
  return registry.roleOnly(role, info.honorific ? `${info.honorific} ${role}` : role);
}

/** The label's words: from the block's start to its speech, without the colon and blanks after it. */
function labelSpan(text: string, speechStart: number): [number, number] {
  let end = Math.min(speechStart, text.length);
  while (end > 0 && /[\s:]/.test(text[end - 1])) end--;
  return [0, end];
}

/** A label that names its speaker is sure; a role alone ("THE PRESIDENT:") is resolved by inference. */
function labelConfidence(info: LabelInfo, speaker: Person): number {
  // Initials ("JC:") name the speaker by inference from the rest of the text.
  if (info.name && INITIALS.test(info.raw.trim())) return speaker.aliases.has(info.raw.trim()) ? 0.9 : 0.85;
  if (info.name) return 0.98;
  // "QUESTION:", "Speaker 2:": the label says a questioner speaks, not who (questioners often name
  // themselves or are called on by name).
  if (info.generic) return 0.85;
  return speaker.roleOnly ? 0.9 : 0.85;
}

/** A turn marked as spoken by many at once. */
const CHORUS = /^\s*[([](?:chorus|in chorus|in unison|all|together|everyone|crosstalk)[)\]]/i;

/** A paragraph that opens with a name as its subject: "Zelenska pressed …", "Olena Zelenska told …". */
const NAME_OPENS = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:also\s+|then\s+|later\s+)?\p{Ll}+(?:ed|s)\b/u;

/** A call from the floor printed inside a turn: `[HON. MEMBERS: "Shame."]`, `[An hon. Member: "Resign!"]`. */
const INLINE_CALL = /\[([^[\]:"“”]{3,40}):\s*["“]([^"“”[\]]{1,300})["”]\s*\]/g;
/** What splits a turn's speech: stage directions and calls from the floor. */
const TURN_BREAK = new RegExp(`${STAGE_DIRECTION.source}|${INLINE_CALL.source}`, 'gi');

/** The calls from the floor inside a turn, each a turn of its own under the label it gives. */
function inlineCalls(text: string, from: number, registry: SpeakerRegistry): DraftQuote[] {
  const out: DraftQuote[] = [];
  if (!text.includes('[', from)) return out;
  INLINE_CALL.lastIndex = from;
  for (let m = INLINE_CALL.exec(text); m; m = INLINE_CALL.exec(text)) {
    const info = parseLabel(m[1]);
    if (!info) continue;
    const speaker = speakerForLabel(registry, info);
    const start = m.index + m[0].indexOf(m[2], m[1].length);
    out.push({ kind: 'turn', start, end: start + m[2].length, speaker, cue: 'label', confidence: labelConfidence(info, speaker), evidence: [m.index + 1, m.index + 1 + m[1].length] });
  }
  return out;
}

/**
 * Speech in a turn, split around stage directions like "(Laughter.)" and calls from the floor, which are not its
 * speech (one that opens the turn stays at its head, as printed).
 */
function turnSegments(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  const push = (a: number, b: number): void => {
    let s = a;
    let e = b;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push([s, e]);
  };
  TURN_BREAK.lastIndex = 0;
  for (const m of text.slice(from).matchAll(TURN_BREAK)) {
    // "MR PRICE: (Laughter.) Go ahead.": a stage direction before any speech opens the turn as printed.
    if (at === from && m[0].charCodeAt(0) === 40 && onlyBlanks(text, from, from + m.index)) continue;
    push(at, from + m.index);
    at = from + m.index + m[0].length;
  }
  push(at, text.length);
  // A turn that is only a stage direction ("ROXANNE ROBERTS: (Laughter.)") is still that speaker's turn.
  if (!out.length) push(from, text.length);
  return out;
}

/** `Source: the minister in a televised address` (a line that names whom the next `Quote:` lines quote). */
const SOURCE_LINE = /^(?:Source|Sources|Speaker)\s*:\s*/;
/** `Quote: "…"`, `Quote from Novak: "…"`, `Direct speech: "…"`: the line itself says it quotes someone. */
const QUOTE_LINE = /^(?:Quote|Direct speech)(?:\s+(?:from|by|of)\s+([^:"“«]{1,80}))?\s*:\s*/i;

/** Who a `Quote:` line quotes: the person it names, else the one the last `Source:` line named. */
function quoteLineSpeaker(text: string, mentions: Mention[], d: Discourse): { person: Person; end: number; confidence: number } | null {
  const line = QUOTE_LINE.exec(text);
  if (!line) return null;
  if (line[1]) {
    const named = mentions.find((m) => m.end <= line[0].length && m.kind !== 'possessive');
    const person = named ? resolveMention(named, d) : null;
    return person ? { person, end: line[0].length, confidence: 0.85 } : null;
  }
  return d.sourceSpeaker ? { person: d.sourceSpeaker, end: line[0].length, confidence: 0.85 } : null;
}

/** A `Source:` line (prose or a meta line) names whom the following `Quote:` lines quote. */
function noteSourceLine(text: string, d: Discourse, analysis: ProseAnalysis | undefined): void {
  if (!SOURCE_LINE.test(text)) return;
  const named = (analysis ?? analyseProse(text)).mentions.find((m) => !m.object && m.kind !== 'possessive' && m.kind !== 'pronoun');
  d.sourceSpeaker = named ? resolveMention(named, d) : null;
}

/** Initials and short titles with their full stops ("the Rev. Mark E. Blue"): no sentence ends there. */
const ABBREVIATED_WORD = /\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Rev|Fr|St|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Maj|Prof|Gov|Sen|Rep|Hon|Cllr)\.(?=\s)/gu;

/** A "she said" after the quote rules out a subject known to be a man (and "he said" a woman). */
function pronounDenies(mentions: Mention[], after: number, person: Person): boolean {
  let pronoun: Mention | undefined;
  for (const m of mentions) {
    if (m.start > after + 6) break;
    if (m.kind === 'pronoun' && !m.object && m.start >= after) {
      pronoun = m;
      break;
    }
  }
  if (!pronoun) return false;
  const gender = personGender(person);
  return gender !== null && gender !== (/^(?:he|him)$/i.test(pronoun.text) ? 'm' : 'f');
}

const ACCORDING_TO = /\baccording to\b/gi;

/** The person named as a sentence's source ("according to Lena Brook", "according to Channel Nine’s Lena Brook"). */
function accordingToSource(text: string, [from, to]: [number, number], mentions: Mention[], d: Discourse): Person | null {
  for (const a of text.slice(from, to).matchAll(ACCORDING_TO)) {
    const at = from + a.index + a[0].length;
    // The first name within reach; a possessive outlet may stand before it.
    for (const m of mentions) {
      if (m.kind !== 'name' || ownsNoun(m) || m.start < at || m.start > at + 40 || !ACCORDING_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) continue;
      const person = d.registry.findByName(m.nameTokens);
      if (person && !person.generic) return person;
    }
  }
  return null;
}

/** Before a clause of its own: ", and", ", while", ", but", ";". */
// "… to press charges and Detective Constable Jon Marr took the case on": "and" after a lower-case word too.
const CLAUSE_JOINT = /(?:,\s*(?:and|while|but|whereas)|;|(?:^|\s)\p{Ll}[\p{L}-]*\s+and)\s+$/u;

/** The subject of the sentence's last clause after ", and" / ", while" / ";", when it names somebody. */
function laterClauseSubject(text: string, mentions: Mention[], d: Discourse, after: number): Person | null {
  for (let i = mentions.length - 1; i >= 0 && mentions[i].start >= after; i--) {
    const m = mentions[i];
    if (m.kind !== 'name' && m.kind !== 'role') continue;
    if (ownsNoun(m) || !CLAUSE_JOINT.test(text.slice(Math.max(0, m.start - 12), m.start)) || !CLAUSE_VERB_AFTER.test(text.slice(m.end, m.end + 24))) continue;
    return resolveMention(m, d);
  }
  return null;
}

/** After a quote at `from`: at most one more sentence (its cue, "the source said."), then nothing. */
function endsWithCue(text: string, from: number): boolean {
  let i = from;
  // The quote's own closing marks and stop.
  while (i < text.length && (isStop(text.charCodeAt(i)) || closesOrBlank(text.charCodeAt(i)) || text.charCodeAt(i) === 44)) i++;
  // The cue's sentence, up to its stop.
  while (i < text.length && !isStop(text.charCodeAt(i))) i++;
  while (i < text.length && (isStop(text.charCodeAt(i)) || closesOrBlank(text.charCodeAt(i)))) i++;
  return i >= text.length;
}

const closesOrBlank = (c: number): boolean => isSpaceCode(c) || isClosingMark(c);

/** Between two quotes that are one list: "and", "or", a comma ("“constructive” and “substantive”"). */
const COORDINATION = /^\s*(?:,\s*)?(?:and|or|as well as)?\s*$/;

function attributeProse(text: string, { spans, mentions, verbs }: ProseAnalysis, d: Discourse): DraftQuote[] {
  const quoteLine = quoteLineSpeaker(text, mentions, d);
  const sentences = splitSentences(text, spans);
  const drafts: DraftQuote[] = [];
  let previous: { span: QuoteSpan; attribution: Attribution; cueEnd: number } | null = null;
  const carried = d.openQuoteSpeaker;
  const introduced = d.colonSpeaker;
  const unmarked = d.unmarkedSpeaker;
  const endQuote = d.endQuoteSpeaker;
  d.endQuoteSpeaker = null;
  // Looked for once per paragraph, then sentence by sentence only where it stands.
  const hasAccording = text.includes('ccording to');
  d.openQuoteSpeaker = null;
  d.colonSpeaker = null;
  d.unmarkedSpeaker = null;
  // "Savings Minister Paula Maynor said:" and then the words as a paragraph of their own, without quotation
  // marks (as gov.uk press releases set them out): the paragraph is his quote, and so are the first-person
  // paragraphs right after it.
  if (spans.length === 0 && !/^[-•*\d]/.test(text) && (introduced || (unmarked && FIRST_PERSON.test(text))) && !text.trimEnd().endsWith(':') && /[.!?…]$/.test(text.trimEnd())) {
    const speaker = (introduced ?? unmarked)!;
    const [start, end] = [text.length - text.trimStart().length, text.trimEnd().length];
    d.unmarkedSpeaker = speaker;
    d.texts.push(text);
    return [{ kind: 'direct', start, end, speaker, cue: introduced ? 'cue-then-quote' : 'continuation', confidence: introduced ? 0.85 : 0.8, evidence: undefined }];
  }
  // Spans and mentions come in text order (a property test holds findMentions to it): each sentence takes
  // the next run of them.
  let spanAt = 0;
  let mentionAt = 0;
  for (const sentence of sentences) {
    while (spanAt < spans.length && spans[spanAt].open < sentence[0]) spanAt++;
    let spanEnd = spanAt;
    while (spanEnd < spans.length && spans[spanEnd].open < sentence[1]) spanEnd++;
    const inSentence = spans.slice(spanAt, spanEnd);
    while (mentionAt < mentions.length && mentions[mentionAt].start < sentence[0]) mentionAt++;
    const sentenceMentions: Mention[] = [];
    for (let k = mentionAt; k < mentions.length && mentions[k].start < sentence[1]; k++) if (mentions[k].end <= sentence[1]) sentenceMentions.push(mentions[k]);
    let sentenceSpeaker: Person | null = null;
    for (let k = 0; k < inSentence.length; k++) {
      const span = inSentence[k];
      const c: QuoteContext = {
        text,
        span,
        beforeFrom: k > 0 ? inSentence[k - 1].close : sentence[0],
        afterTo: k + 1 < inSentence.length ? inSentence[k + 1].open : Math.max(sentence[1], span.close),
        sentence,
        mentions: sentenceMentions,
        verbs,
      };
      // `had been "constructive" and "substantive," APA reports`: a quote coordinated with the one before it is
      // the same speaker's, whatever cue follows.
      const coordinated: boolean = previous !== null && previous.attribution.speaker !== null && previous.attribution.cue === 'governed-quote' && COORDINATION.test(text.slice(previous.span.close, span.open));
      let a: Attribution | null =
        (coordinated ? previous!.attribution : null) ??
        quoteThenCue(c, d) ?? cueThenQuote(c, d) ?? possessiveQuote(c, d) ?? (quoteLine && span.open <= quoteLine.end + 1 ? { speaker: quoteLine.person, cue: 'quote-line', confidence: quoteLine.confidence, evidence: [0, quoteLine.end] } : null);
      if (!a && previous && previous.attribution.cue !== 'continuation') {
        // The second half of a quote split around its cue: “A,” he said. “B.”
        const gap = text.slice(previous.span.close, span.open);
        const prior = previous;
        // …unless somebody else speaks in the gap ("“A”, and the mayor described it as “B”"), or the gap is a
        // clause with verbs of its own rather than one cue ("“A,” he said. “B.”"). Cheapest tests first.
        const cueInGap =
          gap.length < 120 &&
          prior.cueEnd <= span.open &&
          /\p{L}/u.test(gap) &&
          /^(?:[^.!?]*[.!?,]?\s*)$/u.test(gap.trim().replace(ABBREVIATED_WORD, '')) &&
          verbsIn(verbs, prior.span.close, span.open).length <= 1 &&
          !sentenceMentions.some((m) => m.start >= prior.span.close && m.end <= span.open && !m.object && m.kind !== 'possessive' && m.kind !== 'pronoun' && resolveMention(m, d) !== prior.attribution.speaker);
        if (cueInGap && previous.attribution.speaker) a = { speaker: previous.attribution.speaker, cue: 'split-quote', confidence: Math.min(previous.attribution.confidence, 0.9), evidence: previous.attribution.evidence };
      }
      a ??= governedQuote(c, d);
      const utterance = a !== null || looksLikeUtterance(text, span, sentence[0]);
      if (!utterance) continue;
      a ??= nearestCueInSentence(c, d);
      // "Vladimir Putin said:" closing the previous paragraph introduces this one's opening quote.
      if (!a && introduced && span.open <= 1 && drafts.length === 0) a = { speaker: introduced, cue: 'cue-then-quote', confidence: 0.9, evidence: undefined };
      if (!a && carried && span.open <= 1 && drafts.length === 0) a = { speaker: carried, cue: 'continuation', confidence: 0.85, evidence: undefined };
      // "“…,” the unnamed source said." then a paragraph that is one quote and nothing else: the same voice goes on.
      if (!a && endQuote && span.open <= 1 && drafts.length === 0 && onlyBlanks(text, span.close, text.length)) a = { speaker: endQuote, cue: 'continuation', confidence: 0.65, evidence: undefined };
      a ??= onlyPersonInParagraph(mentions, d);
      // (Never a news outlet that was the subject of a sentence: "When BBC News Online visited the estate, …".)
      if (!a && d.lastPersonSubject && !pronounDenies(sentenceMentions, span.close, d.lastPersonSubject) && !isMedia(d.registry.displayName(d.lastPersonSubject)))
        a = { speaker: d.lastPersonSubject, cue: 'previous-subject', confidence: 0.6, evidence: undefined };
      a ??= { speaker: null, cue: null, confidence: 0, evidence: undefined };
      drafts.push({ kind: 'direct', start: span.start, end: span.end, speaker: a.speaker, cue: a.cue, confidence: a.confidence, evidence: a.evidence });
      const cueWords = /[\p{L}]/u.test(text.slice(span.close, c.afterTo)) ? c.afterTo : span.close;
      previous = { span, attribution: a, cueEnd: cueWords };
      if (a.speaker && a.cue !== 'previous-subject' && a.cue !== 'only-person') sentenceSpeaker = a.speaker;
      // (A quote cut at its own line's end, with more of the paragraph after it, is carried no further.)
      if (!span.closed && span.close >= text.length && a.speaker) d.openQuoteSpeaker = a.speaker;
    }
    const indirect = findIndirect(text, sentence, spans, mentions, verbs, d);
    d.lastAddressee = null;
    noteAddressee(text, sentenceMentions, sentence[0], sentence[1], d);
    if (indirect) drafts.push(indirect);
    noteSubject(sentenceSpeaker ?? indirect?.speaker ?? sentenceSubject(sentenceMentions, sentence[0], sentence[1], d, text), d);
    // "Ivo Dorn scored on debut, and Varga was happy with the new players. He said:": a later clause's subject
    // is the most recent one.
    // "Portman said out of “common decency” they should apologise, and Sen. Kennedy (R-La.) agreed.": after the
    // sentence's quotes too.
    const lastQuoteEnd = inSentence.length ? inSentence[inSentence.length - 1].close : sentence[0];
    if (!indirect || indirect.end <= lastQuoteEnd) {
      const later = laterClauseSubject(text, sentenceMentions, d, Math.max(lastQuoteEnd, indirect?.end ?? 0));
      if (later) noteSubject(later, d);
    }
    // "…, according to Channel Nine’s Lena Brook.": the source is who a following "she said" means.
    const source = sentenceMentions.length && hasAccording ? accordingToSource(text, sentence, sentenceMentions, d) : null;
    if (source) noteSubject(source, d);
  }
  // The paragraph's last words are a quote's cue (or the quote itself): whose voice a bare quote after it goes on in.
  const lastDraft = drafts.length ? drafts[drafts.length - 1] : null;
  if (lastDraft && lastDraft.kind === 'direct' && lastDraft.speaker && endsWithCue(text, lastDraft.end)) d.endQuoteSpeaker = lastDraft.speaker;
  if (text.trimEnd().endsWith(':') && sentences.length) {
    const last = sentences[sentences.length - 1];
    d.colonSpeaker = speakerOfCue(text, last, mentions, verbs, d);
  }
  d.texts.push(text);
  // Direct quotes come in order, and the indirect one of each sentence after them: most often already sorted.
  for (let i = 1; i < drafts.length; i++) if (drafts[i].start < drafts[i - 1].start) return drafts.sort((a, b) => a.start - b.start);
  return drafts;
}

function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  const particle = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w.toLowerCase()));
  return particle !== -1 ? words.slice(particle).join(' ') : words[words.length - 1];
}

/** The people who said something, in order of first quote, with ids, roles and aliases. */
function listSpeakers(drafts: DraftParagraph[], registry: SpeakerRegistry, d: Discourse): { speakers: Speaker[]; speakerIds: Map<Person, string> } {
  const quoteCount = new Map<Person, number>();
  for (const p of drafts) for (const q of p.quotes) if (q.speaker) quoteCount.set(q.speaker, (quoteCount.get(q.speaker) ?? 0) + 1);
  const speakerIds = new Map<Person, string>();
  const speakers: Speaker[] = [];
  const taken = new Set<string>();
  for (const person of quoteCount.keys()) {
    const name = registry.displayName(person);
    let id = slugify(name);
    while (taken.has(id)) id = `${id}-${speakers.length + 1}`;
    taken.add(id);
    speakerIds.set(person, id);
    // Role phrases are aliases only when they say more than a bare role noun ("Belarusian leader", not "President").
    const roleAliases = [...(d.roleAliases.get(person) ?? [])].filter((a) => a.includes(' '));
    const aliases = new Set<string>([...person.forms.keys(), ...person.aliases, ...roleAliases]);
    if (!person.generic && !person.roleOnly && name.includes(' ')) aliases.add(surnameOf(name));
    aliases.delete(name);
    speakers.push({
      id,
      name,
      role: person.roles[0] ?? null,
      aliases: [...aliases],
      ...(person.generic ? { unnamed: true } : {}),
    });
  }

  return { speakers, speakerIds };
}

const NO_KEYS: number[] = [];

/** The paragraphs grouped into sections, each with a title a reader recognises. */
function titledSections(drafts: DraftParagraph[], registry: SpeakerRegistry, title: string): Section[] {
  const facts: ParagraphFacts[] = drafts.map((p) => ({
    text: p.text,
    speakers: p.quotes.length ? p.quotes.filter((q) => q.speaker).map((q) => q.speaker!.key) : NO_KEYS,
    heading: p.heading,
    separatorBefore: p.separatorBefore,
    isTurn: p.kind === 'turn' || Boolean(p.turnSpeaker),
  }));
  const sectionDrafts = splitSections(facts, { bySpeaker: drafts.length >= 8 });
  const nameWords = new Set<string>();
  for (const person of registry.persons) for (const form of person.forms.keys()) for (const w of form.split(/\s+/)) nameWords.add(foldName(w));
  const isArticle = !drafts.some((p) => p.kind === 'turn');
  // Who speaks in each section, most quotes first (unnamed speakers aside).
  const ranked = sectionDrafts.map((s) => {
    const counts = new Map<Person, number>();
    for (let i = s.first; i <= s.last; i++)
      for (const q of drafts[i].quotes) if (q.speaker && !q.speaker.generic) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]).map(([p]) => surnameOf(registry.displayName(p)));
  });
  // How each untitled section is titled: by its place, by the whole text's title, as the opening remarks, or
  // by who speaks and about what. Only the last kind needs the sections' words counted.
  let openingSeen = false;
  const kinds = sectionDrafts.map((s, index) => {
    if (s.title) return 'given';
    if (!ranked[index].length) return 'unspoken';
    if (sectionDrafts.length === 1 || (sectionDrafts.length === 2 && index === 1 && !sectionDrafts[0].title && s.reason === 'separator')) return 'whole';
    const kind = isArticle && !openingSeen ? 'opening' : 'topic';
    if (isArticle) openingSeen = true;
    return kind;
  });
  const topicTexts = sectionDrafts.map((s, index) => (kinds[index] === 'topic' ? drafts.slice(s.first, s.last + 1).map((p) => p.text).join('\n') : ''));
  const words = new SectionWords(sectionDrafts.length, nameWords);
  kinds.forEach((kind, index) => kind === 'topic' && words.count(topicTexts[index], index));
  const sections: Section[] = sectionDrafts.map((s, index) => {
    const who = ranked[index].slice(0, 2).join(' and ');
    let sectionTitle: string;
    switch (kinds[index]) {
      case 'given':
        sectionTitle = s.title!;
        break;
      case 'unspoken':
        sectionTitle = index === 0 && sectionDrafts.length > 1 ? 'Introduction' : firstWords(drafts[s.first].text);
        break;
      case 'whole':
        sectionTitle = title.replace(/\s*\((?:transcript|full text|video)\)\s*$/i, '');
        break;
      case 'opening':
        sectionTitle = `Opening remarks — ${ranked[index][0]}`;
        break;
      default: {
        const keywords = words.keywords(topicTexts[index], index);
        sectionTitle = keywords.length ? `${who} on ${keywords.join(' and ')}` : who;
      }
    }
    return { id: `s${index + 1}`, title: sectionTitle, paragraphs: [s.first, s.last] as [number, number] };
  });
  const seenTitles = new Map<string, number>();
  for (const s of sections) {
    const n = (seenTitles.get(s.title) ?? 0) + 1;
    seenTitles.set(s.title, n);
    if (n > 1) s.title = `${s.title} (${n})`;
  }
  return sections;
}

/** Every block that is content, as a paragraph with its quotes: turns by label, prose by the sieve. */
function attributeBlocks(items: Block[], registry: SpeakerRegistry, d: Discourse, announced: AnnouncedSpeech | null): DraftParagraph[] {
  const drafts: DraftParagraph[] = [];
  let pendingHeading: string | null = null;
  let pendingSeparator = false;
  let turnSpeaker: Person | null = null;
  // Who spoke before the current speaker: a news anchor around whose narration a clip is played.
  let narrator: Person | null = null;
  const hasTurns = items.some((b) => b.kind === 'turn');
  let introduced: RegExpExecArray | null = null;
  for (let i = 0; i < items.length; i++) {
    const b = items[i];
    if (b.kind === 'clutter') continue;
    if (b.kind === 'separator') {
      pendingSeparator = true;
      continue;
    }
    if (b.kind === 'heading') {
      pendingHeading = b.lines[0];
      continue;
    }
    let text = b.text;
    if (b.kind === 'prose') d.proseAt++;
    if (b.kind === 'meta' || b.kind === 'prose') noteSourceLine(text, d, b.analysis);
    const paragraph: DraftParagraph = { text, kind: b.kind, quotes: [], heading: pendingHeading, separatorBefore: pendingSeparator };
    pendingHeading = null;
    pendingSeparator = false;
    if (b.kind === 'turn' && b.label) {
      let speechStart = b.label.speechStart;
      // A label alone in its block: the speech is the next block (after any time lines or tags).
      let nextAt = i + 1;
      if (speechStart >= text.length) while (items[nextAt]?.kind === 'timestamp' || items[nextAt]?.kind === 'clutter') nextAt++;
      // Only a paragraph of speech is looked for past them ("The South Lawn", "10:05 A.M.", then a "Q" turn).
      if (items[nextAt]?.kind !== 'prose') nextAt = i + 1;
      const next = items[nextAt];
      // "Photo of Derek Twigg …" then "Q Order. We will now hear …": in a committee record a Q under a
      // speaker's name numbers that speaker's question; it is not an unnamed questioner.
      const numberedQuestion = next?.kind === 'turn' && next.label?.info.generic === 'Reporter' && /^Q\d*\s/.test(next.text);
      if (speechStart >= text.length && (next?.kind === 'prose' || next?.kind === 'heading' || numberedQuestion)) {
        // Time lines between the name and the speech stay in the paragraph, under the name.
        for (let k = i + 1; k < nextAt; k++) if (items[k].kind === 'timestamp') text = `${text}\n${items[k].text}`;
        speechStart = text.length + 1 + (numberedQuestion ? next.label!.speechStart : 0);
        text = `${text}\n${next.text}`;
        paragraph.text = text;
        if (next.kind === 'prose') d.proseAt++;
        i = nextAt;
      }
      const before: Person | null = turnSpeaker;
      turnSpeaker = b.label.info.raw === INTERVIEWEE && registry.principal ? registry.principal : speakerForLabel(registry, b.label.info);
      if (before && before !== turnSpeaker) narrator = before;
      if (turnSpeaker.roleOnly) nameFromIntroduction(registry, turnSpeaker, text.slice(speechStart));
      // "MPC: (chorus) Happy birthday!": a room speaking together is nobody in particular.
      if (!turnSpeaker.generic && CHORUS.test(text.slice(speechStart, speechStart + 20))) turnSpeaker = registry.generic(b.label.info.raw.replace(LABEL_ANNOTATION, '').trim());
      // "QUESTION: Hi, Tunde. Dilnoza Karimova, Tashkent Daily. …": a questioner who names themself.
      const named = turnSpeaker.generic ? selfNamedQuestioner(text, speechStart) : null;
      if (named) {
        turnSpeaker = registry.addName(named.name);
        paragraph.turnSpeaker = turnSpeaker;
        for (const [start, end] of turnSegments(text, speechStart))
          paragraph.quotes.push({ kind: 'turn', start, end, speaker: turnSpeaker, cue: 'self-introduction', confidence: 0.85, evidence: named.evidence });
        noteSubject(turnSpeaker, d);
        turnSpeaker = null;
        drafts.push(paragraph);
        continue;
      }
      paragraph.turnSpeaker = turnSpeaker;
      for (const [start, end] of turnSegments(text, speechStart))
        paragraph.quotes.push({ kind: 'turn', start, end, speaker: turnSpeaker, cue: 'label', confidence: labelConfidence(b.label.info, turnSpeaker), evidence: labelSpan(text, speechStart) });
      const calls = inlineCalls(text, speechStart, registry);
      if (calls.length) paragraph.quotes = [...paragraph.quotes, ...calls].sort((x, y) => x.start - y.start);
      noteSubject(turnSpeaker, d);
    } else if (b.kind === 'prose' && announced && i >= announced.from && i < announced.to) {
      // The words of a speech the page announced ("The following is a transcript of … by Tomas Ferreira").
      paragraph.turnSpeaker = announced.speaker;
      for (const [start, end] of turnSegments(text, 0))
        paragraph.quotes.push({ kind: 'turn', start, end, speaker: announced.speaker, cue: 'announced-speech', confidence: 0.85, evidence: undefined });
      if (i === announced.from) noteSubject(announced.speaker, d);
    } else if (b.kind === 'prose' && hasTurns && !turnSpeaker && (introduced = SELF_INTRODUCTION.exec(text.slice(0, 120)))) {
      // A transcript whose copy lost its first labels: "Hey, I'm Kelly Marsh." opens the host's turn.
      turnSpeaker = registry.addName(introduced[1].split(' '));
      paragraph.turnSpeaker = turnSpeaker;
      const evidence: [number, number] = [introduced.index, introduced.index + introduced[0].length];
      for (const [start, end] of turnSegments(text, 0))
        paragraph.quotes.push({ kind: 'turn', start, end, speaker: turnSpeaker, cue: 'self-introduction', confidence: 0.8, evidence });
      noteSubject(turnSpeaker, d);
    } else if (b.kind === 'prose' && turnSpeaker) {
      const again = paragraph.heading === null && !paragraph.separatorBefore && drafts.length > 0 && drafts[drafts.length - 1].quotes.some((q) => q.cue === 'self-introduction') ? SELF_INTRODUCTION.exec(text.slice(0, 120)) : null;
      // "And I'm Eric Mennel.": a second host introduces themself right after the first.
      if (again && registry.findByName(again[1].split(' ')) !== turnSpeaker) turnSpeaker = registry.addName(again[1].split(' '));
      // "ZELENSKA: Good morning …" then "Zelenska pressed her country’s appeal …": words about the speaker by
      // name are the narrator's around the clip, not hers.
      const about = !again && narrator && narrator !== turnSpeaker ? NAME_OPENS.exec(text) : null;
      if (about && narrator && registry.findByName(about[1].split(/\s+/)) === turnSpeaker) {
        for (const [start, end] of turnSegments(text, 0)) paragraph.quotes.push({ kind: 'turn', start, end, speaker: narrator, cue: 'turn-continuation', confidence: 0.7, evidence: undefined });
        paragraph.turnSpeaker = narrator;
        turnSpeaker = narrator;
        narrator = null;
        drafts.push(paragraph);
        continue;
      }
      paragraph.turnSpeaker = turnSpeaker;
      for (const [start, end] of turnSegments(text, 0))
        paragraph.quotes.push(again ? { kind: 'turn', start, end, speaker: turnSpeaker, cue: 'self-introduction', confidence: 0.8, evidence: [again.index, again.index + again[0].length] } : { kind: 'turn', start, end, speaker: turnSpeaker, cue: 'turn-continuation', confidence: 0.85, evidence: undefined });
    } else if (b.kind === 'prose') {
      paragraph.quotes = attributeProse(text, b.analysis ?? analyseProse(text), d);
      // Read once: let it go now rather than keep every paragraph's tokens alive to the end of the parse.
      b.analysis = undefined;
    }
    // A briefer quoting somebody inside a turn ("Trudeau said, “We are lucky …”"): those words are Trudeau's.
    const turn = paragraph.turnSpeaker ? paragraph.quotes.find((q) => q.kind === 'turn') : undefined;
    if (turn && paragraph.turnSpeaker && QUOTE_MARK.test(text)) {
      const quoted = embeddedQuotes(text, turn.start, paragraph.turnSpeaker, d);
      if (quoted.length) paragraph.quotes = [...paragraph.quotes, ...quoted].sort((x, y) => x.start - y.start || y.end - x.end);
    }
    drafts.push(paragraph);
  }
  return drafts;
}

/** Cues that name whom a quote inside a turn is from; a pronoun's ("he said") is left to the turn. */
const EMBEDDED_CUES = new Set(['quote-then-cue', 'cue-then-quote', 'governed-quote']);
const PRONOUN_CUE = /\b(?:I|we|you|he|she|they|it)\b/i;

/**
 * Quotes a speaker quotes inside their own turn, from somebody named in a cue ("UK Prime Minister Starmer said
 * President Biden has “…”"). Only a cue that names a person other than the turn's speaker counts: the turn
 * stays the speaker's, and the quote is its own record inside it. Reading the cues leaves the discourse (who
 * "he" is) as the turns had it.
 */
function embeddedQuotes(text: string, from: number, speaker: Person, d: Discourse): DraftQuote[] {
  const analysis = analyseProse(text);
  const spans = analysis.spans.filter((s) => s.open >= from);
  if (!spans.length) return [];
  const saved = { recent: [...d.recent], last: d.lastPersonSubject, addressee: d.lastAddressee, open: d.openQuoteSpeaker, colon: d.colonSpeaker, unmarked: d.unmarkedSpeaker };
  // The people the turn names as speaking ("UK Prime Minister Starmer said") are known from here on.
  learnFromProse(d.registry, text, analysis);
  const out: DraftQuote[] = [];
  const sentences = splitSentences(text, analysis.spans);
  let previous: { close: number; quote: DraftQuote } | null = null;
  // Sentences, spans and mentions all come in text order: one pass with a cursor for each (linear however
  // many quotes a turn holds).
  let at = 0;
  let mentionAt = 0;
  let sentenceMentions: Mention[] = [];
  let sentenceSpans: QuoteSpan[] = [];
  let current = -1;
  for (let si = 0; si < spans.length; si++) {
    const span = spans[si];
    while (at + 1 < sentences.length && sentences[at][1] <= span.open) at++;
    const sentence: [number, number] = sentences[at] ?? [from, text.length];
    if (current !== at) {
      current = at;
      while (mentionAt < analysis.mentions.length && analysis.mentions[mentionAt].start < sentence[0]) mentionAt++;
      sentenceMentions = [];
      for (let m = mentionAt; m < analysis.mentions.length && analysis.mentions[m].start < sentence[1]; m++) if (analysis.mentions[m].end <= sentence[1]) sentenceMentions.push(analysis.mentions[m]);
      sentenceSpans = [];
    }
    sentenceSpans.push(span);
    const k = sentenceSpans.length - 1;
    const next = spans[si + 1];
    const c: QuoteContext = {
      text,
      span,
      beforeFrom: k > 0 ? sentenceSpans[k - 1].close : sentence[0],
      afterTo: next && next.open < sentence[1] ? next.open : Math.max(sentence[1], span.close),
      sentence,
      mentions: sentenceMentions,
      verbs: analysis.verbs,
    };
    let a = quoteThenCue(c, d) ?? cueThenQuote(c, d) ?? governedQuote(c, d);
    const evidence = a?.evidence ? text.slice(a.evidence[0], a.evidence[1]) : '';
    if (!a?.speaker || a.speaker === speaker || a.speaker.generic || !EMBEDDED_CUES.has(a.cue ?? '') || PRONOUN_CUE.test(evidence)) a = null;
    // "Trudeau said, “We are the —” “We are lucky …”": a restart right after the first quote is the same person's.
    if (!a && previous && span.open - previous.close <= 4) a = { ...previous.quote, cue: 'split-quote' };
    if (!a?.speaker) continue;
    const quote: DraftQuote = { kind: 'direct', start: span.start, end: span.end, speaker: a.speaker, cue: a.cue, confidence: Math.min(a.confidence, 0.85), evidence: a.evidence };
    out.push(quote);
    previous = { close: span.close, quote };
  }
  Object.assign(d, { lastPersonSubject: saved.last, lastAddressee: saved.addressee, openQuoteSpeaker: saved.open, colonSpeaker: saved.colon, unmarkedSpeaker: saved.unmarked });
  d.recent.splice(0, d.recent.length, ...saved.recent);
  return out;
}

/** The model's paragraphs and quote records, in order. */
function paragraphsAndQuotes(drafts: DraftParagraph[], sections: Section[], speakerIds: Map<Person, string>): { paragraphs: Paragraph[]; quotes: Quote[] } {
  const paragraphs: Paragraph[] = [];
  const quotes: Quote[] = [];
  const sectionOf: Section[] = [];
  for (const s of sections) for (let i = s.paragraphs[0]; i <= s.paragraphs[1]; i++) sectionOf[i] = s;
  drafts.forEach((p, index) => {
    const section = sectionOf[index];
    const id = `p${index + 1}`;
    paragraphs.push({ id, section: section.id, text: p.text });
    for (const q of p.quotes) {
      // A comma that closes a quote before its cue ("…to come,” he said) is punctuation, not speech.
      if (q.kind === 'direct') while (q.end > q.start && /[,;:]/.test(p.text[q.end - 1])) q.end--;
      const quoteText = p.text.slice(q.start, q.end);
      const insertions = findInsertions(quoteText);
      quotes.push({
        id: `q${quotes.length + 1}`,
        kind: q.kind,
        speaker: q.speaker ? speakerIds.get(q.speaker)! : null,
        paragraph: id,
        text: quoteText,
        start: q.start,
        end: q.end,
        // A rule may decide that nobody can be named ("…, Interfax reported"): its cue says so.
        cue: q.cue,
        confidence: q.speaker ? q.confidence : 0,
        ...(insertions.length ? { insertions } : {}),
        ...(q.evidence ? { evidence: q.evidence } : {}),
      });
    }
  });
  return { paragraphs, quotes };
}

export function parseTranscript(input: string, options: ParseOptions = {}): Transcript {
  const { title, items, place, pictured } = classifyBlocks(splitBlocks(input));
  const registry = new SpeakerRegistry();
  if (pictured) registry.pictured = registry.addName(pictured.split(/\s+/));
  const titleAnalysis = analyseProse(title);
  learnFromProse(registry, title, titleAnalysis, undefined, true);
  const firstTurn = items.findIndex((b) => b.kind === 'turn');
  // Prose before any turn is read as an article; its analysis is kept for attribution below.
  items.forEach((b, i) => {
    // Headings too: they are learned from and may name the principal.
    if ((b.kind === 'prose' || b.kind === 'heading') && (firstTurn === -1 || i < firstTurn)) b.analysis = analyseProse(b.text);
  });
  // Full names anywhere in the prose, by surname: a surname alone that speaks is one of them. Gathered only
  // when such a surname is met.
  let fullNamesMap: Map<string, string[]> | null = null;
  let addressedMap: Map<string, string[]> | null = null;
  // A surname's full name as the text gives it, or the word itself when the text tells or addresses it as a
  // person; each found in one pass over the text, the second only when the first has no answer.
  const fullNames = (word: string): string[] | undefined => {
    if (!fullNamesMap) {
      fullNamesMap = new Map();
      // Meta lines too: "Source: Mateusz Morawiecki, former Prime Minister of Poland, in an interview".
      for (const b of items)
        for (const m of (b.kind === 'meta' ? analyseProse(b.text) : b.analysis)?.mentions ?? [])
          if (m.kind === 'name' && m.nameTokens.length >= 2) fullNamesMap.set(foldName(m.nameTokens[m.nameTokens.length - 1]), m.nameTokens);
    }
    const key = foldName(word);
    const full = fullNamesMap.get(key);
    if (full) return full;
    if (!mayBePerson(word)) return undefined;
    if (!addressedMap) {
      addressedMap = new Map();
      // "Blinken told Xi", "as he addressed Blinken": one word that is told or addressed is a person, so "Xi
      // said" is a person's words even where the text never gives a full name.
      for (const b of items) {
        if (b.kind !== 'prose' && b.kind !== 'heading') continue;
        for (const m of b.text.matchAll(ADDRESSED_NAME)) if (mayBePerson(m[1])) addressedMap.set(foldName(m[1]), [m[1]]);
      }
    }
    return addressedMap.get(key);
  };
  items.forEach((b, i) => {
    if (firstTurn !== -1 && i >= firstTurn) return;
    // A headline below site chrome ("Remarks by President Delphine Okoro at …") names who the labels mean.
    if (b.kind === 'heading') learnFromProse(registry, b.text, b.analysis!, undefined, true);
    if ((b.kind === 'meta' || b.kind === 'prose') && b.text.includes('(')) learnChairs(registry, b.text);
    if (b.kind === 'meta') learnCast(registry, b.text);
    const analysis = b.analysis;
    if (analysis && b.kind === 'prose') learnFromProse(registry, b.text, analysis, fullNames, b.lines.length === 1 && isTitleCased(b.text), items[i + 1]?.kind === 'prose' ? items[i + 1].text : '');
  });
  const lead: (string | Block)[] = [{ kind: 'heading', lines: [title], text: title, label: undefined, analysis: titleAnalysis }];
  for (let i = 0; i < (firstTurn === -1 ? items.length : firstTurn) && lead.length < 6; i++) if (items[i].kind === 'prose' || items[i].kind === 'heading') lead.push(items[i]);
  registry.principal =
    findPrincipal(registry, lead) ??
    invertedNameLine(registry, firstTurn === -1 ? items : items.slice(0, firstTurn)) ??
    brieferByRole(registry, title) ??
    (items.some((b) => b.label?.info.raw === INTERVIEWEE) ? interviewee(registry, lead) : null);
  const beforeTurns = firstTurn === -1 ? items : items.slice(0, firstTurn);
  const announced = findAnnouncedSpeech(
    { text: title, mentions: titleAnalysis.mentions },
    beforeTurns.map((b) => ({ kind: b.kind, text: b.text, mentions: b.analysis?.mentions })),
    registry,
    (person) => items.some((b, i) => i >= firstTurn && firstTurn !== -1 && b.kind === 'turn' && b.label?.info.name != null && registry.findByName(b.label.info.name.split(/\s+/)) === person),
  );
  // "Good afternoon" on a line of its own opens the speech; it is no heading.
  if (announced) for (let i = announced.from; i < announced.to; i++) if (isGreeting(items[i])) items[i].kind = 'prose';
  const d: Discourse = {
    registry,
    recent: [],
    lastPersonSubject: null,
    openQuoteSpeaker: null,
    colonSpeaker: null,
    unmarkedSpeaker: null,
    endQuoteSpeaker: null,
    sourceSpeaker: null,
    texts: [],
    lastAddressee: null,
    roleAliases: new Map(),
    prose: items.filter((b) => b.kind === 'prose').map((b) => b.text),
    proseAt: -1,
    bodyNames: new Map(),
  };

  const drafts = attributeBlocks(items, registry, d, announced);
  numberedSpeakerIsPrincipal(drafts, registry);

  const { speakers, speakerIds } = listSpeakers(drafts, registry, d);
  const sections = titledSections(drafts, registry, title);

  const { paragraphs, quotes } = paragraphsAndQuotes(drafts, sections, speakerIds);

  // The date is looked for near the top: the title and the first blocks that are not clutter.
  const top = [title];
  for (let i = 0; i < items.length && top.length <= 6; i++) if (items[i].kind !== 'clutter') top.push(items[i].lines.join(' '));
  const dateSource = top.join('\n');
  return {
    version: MODEL_VERSION,
    title,
    date: findDate(dateSource),
    place,
    source: options.source ?? null,
    speakers,
    sections,
    paragraphs,
    quotes,
  };
}

/** The first six words (runs of whitespace as one space), with an ellipsis when more follow. Reads no further
 * than the sixth gap, so a megabyte-long paragraph costs no more than a short one. */
function firstWords(text: string): string {
  const gap = /\s+/g;
  for (let gaps = 0, m = gap.exec(text); m; m = gap.exec(text)) {
    if (++gaps === 6) return `${text.slice(0, m.index).replace(/\s+/g, ' ')}…`;
  }
  return text.replace(/\s+/g, ' ');
}

export { resolveMention };

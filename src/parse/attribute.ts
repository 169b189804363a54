/**
 * Attribution of quotes in prose: an ordered sieve of small rules, most precise first. Each rule either
 * names a speaker, recording its cue and confidence, or passes the quote on to the next rule.
 */
import { isSpaceCode, onlyBlanks } from './chars.js';
import { BODY_HEADS, DEMONYM_MAN, MEDIA_NAMES, PERSON_DESCRIPTORS, MEDIA_NOUNS, OPINION_VERBS, PERSON_NOUNS, REPORTING_VERBS, SPEECH_VERBS } from './lexicon.js';
import { ADJECTIVE_PARTICIPLES, findMentions, HEADLINE_VERBS, isNationalityWord, type Mention, type VerbAt } from './mentions.js';
import type { QuoteSpan } from './quote-marks.js';
import { personGender, type Person, type SpeakerRegistry } from './speaker-registry.js';

export interface Discourse {
  registry: SpeakerRegistry;
  /** People who were the subject of a sentence, newest first. */
  recent: Person[];
  /** The newest named person who was a subject: what "he" and "she" refer to. */
  lastPersonSubject: Person | null;
  /** Speaker of a quote left open at the end of the previous paragraph. */
  openQuoteSpeaker: Person | null;
  /** Speaker of a cue that ended the previous paragraph with a colon ("Vladimir Putin said:"). */
  colonSpeaker: Person | null;
  /** Speaker of the previous paragraph when it was their words without quotation marks (after "X said:"). */
  unmarkedSpeaker: Person | null;
  /** Speaker of the quote that ended the previous paragraph with its cue (`“…,” the source said.`). */
  endQuoteSpeaker: Person | null;
  /** The prose paragraphs read so far, newest last: where a document's name is looked up when one speaks. */
  texts: string[];
  /** The person a `Source: …` line names: who the `Quote: "…"` lines after it quote. */
  sourceSpeaker: Person | null;
  /** The person last addressed ("a reporter asked Anna Kovács"): who "she replied" most likely means. */
  lastAddressee: Person | null;
  /** Role phrases that resolved to a person ("Belarusian leader"), kept as aliases. */
  roleAliases: Map<Person, Set<string>>;
  /** Every prose paragraph of the text, in order, and the index of the one being read. */
  prose: readonly string[];
  proseAt: number;
  /** Bodies' full names by head noun, found once per head noun when a body first speaks (see bodyFullName). */
  bodyNames: Map<string, BodyNames>;
}

export interface Attribution {
  speaker: Person | null;
  cue: string | null;
  confidence: number;
  /** Offsets of the words that decided it (the cue), in the paragraph's text. */
  evidence?: [number, number];
}

/** The span from the earlier to the later of two pieces of text: a subject and its verb, in either order. */
export function spanOf(a: { start: number; end: number }, b: { start: number; end: number }): [number, number] {
  return [Math.min(a.start, b.start), Math.max(a.end, b.end)];
}

export interface DraftQuote extends Attribution {
  kind: 'direct' | 'indirect' | 'turn';
  start: number;
  end: number;
}

const LEADING_DETERMINER = /^(?:the|a|an|his|her)\s+/i;
/** "Keir Starmer’s" in "Keir Starmer’s spokesperson said": a name that owns a noun is not the verb's subject. */
export function ownsNoun(m: Mention): boolean {
  const c = m.text.charCodeAt(m.text.length - 1);
  return c === 115 && (m.kind === 'name' || m.kind === 'role') && /['’]s$/.test(m.text);
}
/** A role with its owner before it ("Starmer’s spokesperson"). */
const OWNED_ROLE = /^\S+['’]s\s/;
/** Whether the text starts with t, a or h in either case: only then can LEADING_DETERMINER match. */
function startsLikeDeterminer(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return c === 116 || c === 97 || c === 104;
}

export const NOBODY: Attribution = { speaker: null, cue: null, confidence: 0, evidence: undefined };

const KNIGHTLY = /^(?:sir|dame)$/i;

export function resolveMention(m: Mention, d: Discourse): Person | null {
  switch (m.kind) {
    case 'pronoun':
    case 'possessive': {
      // The most recent subject the pronoun can stand for: "she" is not a man known as "Mr …".
      const gender = /^(?:he|his|him)$/i.test(m.text) ? 'm' : 'f';
      const fits = (p: Person): boolean => {
        if (p.generic) return false;
        const known = personGender(p);
        return known === null || known === gender;
      };
      const first = d.recent.find(fits);
      // Among the last few subjects, a woman known as one beats a subject whose gender is unknown for "she". For
      // "he" the most recent subject stands: most people of unknown gender in political news are men, and
      // skipping "Nuriddin Zahor" (not in the name lists) for an earlier "Reza" gets "he added" wrong.
      if (first && gender === 'f' && personGender(first) === null)
        for (let i = 0; i < 3 && i < d.recent.length; i++) if (!d.recent[i].generic && personGender(d.recent[i]) === gender) return d.recent[i];
      // Failing every recent subject, the person just addressed ("…?" a reporter asked Anna. "…," she said).
      return first ?? (d.lastAddressee && fits(d.lastAddressee) ? d.lastAddressee : null);
    }
    case 'generic':
      return d.registry.generic('Reporter');
    case 'role': {
      // "a spokesperson", "another minister": somebody not named, never a person known by that role.
      const c0 = m.text.charCodeAt(0) | 32;
      if ((c0 === 97 || c0 === 111) && /^(?:a|an|another|one)\s/i.test(m.text)) return null;
      // "Starmer’s spokesperson": the role is somebody's, held by a person the text does not name.
      if (m.role && OWNED_ROLE.test(m.role)) return null;
      // "the spokesperson replied", after "Keir Starmer’s spokesperson said": that same unnamed person.
      if (c0 === 116 && UNNAMED_ROLE.test(m.text) && /^the\s+\S+$/i.test(m.text)) {
        const unnamed = d.registry.unnamedWithRole(m.text.slice(4));
        if (unnamed) return unnamed;
      }
      const person = d.registry.byRole(m.roleClass, m.nationality, d.recent);
      if (person) {
        let aliases = d.roleAliases.get(person);
        if (!aliases) d.roleAliases.set(person, (aliases = new Set()));
        aliases.add(startsLikeDeterminer(m.text) ? m.text.replace(LEADING_DETERMINER, '') : m.text);
      }
      return person;
    }
    case 'name':
      // "Sir Keir", after "Sir Keir Starmer": a knight by title and given name.
      if (m.honorific && m.nameTokens.length === 1 && KNIGHTLY.test(m.honorific)) {
        const knight = d.registry.knightByGiven(m.nameTokens[0]);
        if (knight) return knight;
      }
      return d.registry.findByName(m.nameTokens);
  }
}

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsIn(text: string, from: number, to: number, limit = Infinity): Word[] {
  const out: Word[] = [];
  // No Unicode classes: a word is a run of anything but blanks, quote marks and punctuation (the General
  // Punctuation block as a whole, bar its hyphens, as for capitalised words in mentions.ts), or one of , : ; — –.
  const re = /[^\t-\r \u00a0"«»()[\]{}.!?,:;\u2000-\u200f\u2013-\u206f]+|[,:;—–]/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to && out.length < limit; m = re.exec(text))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Whether text[from, to) has at least `n` words (runs of non-blanks). */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const blank = c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
    if (blank) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count >= n) return true;
    }
  }
  return false;
}

/**
 * The index of the first item that starts at or after `at`, in items sorted by start (verbs, mentions and
 * quote spans all come in text order): a binary search, so a paragraph of any length costs log n per look.
 */
function firstFrom<T>(items: readonly T[], at: number, start: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const startOf = (x: { start: number }): number => x.start;
const openOf = (x: QuoteSpan): number => x.open;

/** The speech verbs (found with the mentions) that lie in [from, to). */
export function verbsIn(verbs: readonly VerbAt[], from: number, to: number): VerbAt[] {
  const out: VerbAt[] = [];
  for (let i = firstFrom(verbs, from, startOf); i < verbs.length && verbs[i].start < to; i++) if (verbs[i].end <= to) out.push(verbs[i]);
  return out;
}

/** The first quote span that opens in [from, to). */
function spanFrom(spans: readonly QuoteSpan[], from: number, to: number): QuoteSpan | undefined {
  const s = spans[firstFrom(spans, from, openOf)];
  return s && s.open < to ? s : undefined;
}

const OPENS_INDIRECT = /^\s*(?:according|in\s)/i;
const THAT_AFTER = /^((?:\s+[^\t-\r \u00a0,:;"«»\u2000-\u200f\u2013-\u206f]+){0,7}?)\s+that\b/i;
const CLAUSE_AFTER = /^\s+(?:they|it|he|she|we|there|this|these|the)\b/i;

const REPLY_VERBS = new Set(['replied', 'answered', 'responded', 'retorted', 'replies', 'answers', 'responds']);

const isSpeechVerb = (w: string): boolean => SPEECH_VERBS.has(w) || (w.charCodeAt(0) < 97 && SPEECH_VERBS.has(w.toLowerCase()));

/** The sentence's context for one quote. */
export interface QuoteContext {
  text: string;
  span: QuoteSpan;
  /** Outside text in the same sentence before the quote (after any earlier quote). */
  beforeFrom: number;
  /** Outside text in the same sentence after the quote (up to any later quote). */
  afterTo: number;
  sentence: [number, number];
  mentions: Mention[];
  /** Speech verbs outside quotes in the paragraph. */
  verbs: readonly VerbAt[];
}

/**
 * The subject of a speech verb: the nearest mention before it that is not an object and that names
 * somebody ("Irina Valk, who visited Velgrad, said": Velgrad names nobody, so Irina Valk).
 */
/** Between a name and the role set after it: ", ", ", the shadow energy " (a few lower-case modifiers). */
const NAME_THEN_ROLE = /^\s*,\s*(?:(?:the|a|an|its|their)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}$/u;

/** How far before its verb a subject may stand (a long relative clause between them included). */
const SUBJECT_REACH = 400;
/** Between a subject and its verb: nothing, or an adverb ("Egypt also called", "Kyiv later said"). */
const SUBJECT_GAP = /^\s+(?:(?:also|then|later|again|once|first|previously|\p{Ll}+ly)\s+)?$/u;
/** Between a name and its verb: a description set off by commas ("…, a city councillor, who also sat in …, "). */
// "…, was quoted as saying": the passive of a medium's quoting is the person's saying.
const DESCRIBED_BETWEEN = /^,\s[^;.!?"“”«»]{0,200},\s+(?:(?:also|then|later|too|however)\s+)?(?:(?:was|were|has been|had been)\s+(?:quoted|cited)\s+as\s+)?$/;

/** Between a name and its verb: ", who", with auxiliaries ("…Renzi, who had told the press"). */
const RELATIVE_WHO = /^\s*,\s+who\s+(?:(?:had|has|have|was|is|also|then|later|earlier|previously|already|repeatedly)\s+){0,2}$/;

/** Plural people after a name and before its verb ("the Credit Suisse analysts said"). */
const GROUP_AFTER = /^\s+(?:analysts|officials|spokesmen|spokespeople|sources|lawmakers|researchers|experts|economists|executives|lawyers|diplomats|officers|staff|workers|residents|members|leaders|ministers|negotiators|investigators|prosecutors|doctors)\s*(?:,|also\s+|have\s+|had\s+)?$/;

function subjectBefore(mentions: Mention[], verb: Word, from: number, d: Discourse, text?: string, relative = false): Mention | null {
  const floor = Math.max(from, verb.start - SUBJECT_REACH);
  const end = firstFrom(mentions, verb.start, startOf);
  // "Ruth Harlow, a Labour city councillor, who also sat in the gallery, described …": what stands between
  // commas after the name describes it; the name is the subject, whatever the description mentions.
  if (text !== undefined)
    for (let i = firstFrom(mentions, floor, startOf); i < end; i++) {
      const n = mentions[i];
      if (n.start < floor || n.kind !== 'name' || n.object) continue;
      if (DESCRIBED_BETWEEN.test(text.slice(n.end, verb.start)) && resolveMention(n, d)) return n;
      break;
    }
  for (let i = end - 1; i >= 0 && mentions[i].start >= floor; i--) {
    const m = mentions[i];
    // "…exchange with Prime Minister Matteo Renzi, who had told the press that …": the relative pronoun's
    // antecedent is the verb's subject, even where it stands as an object itself.
    if (relative && m.object && m.end <= verb.start && text !== undefined && RELATIVE_WHO.test(text.slice(m.end, verb.start)) && resolveMention(m, d)) return m;
    if (m.end > verb.start || m.object || ownsNoun(m)) continue;
    // "the Credit Suisse analysts said": the people of that name, unnamed; not the bank.
    if (m.kind === 'name' && text !== undefined && GROUP_AFTER.test(text.slice(m.end, verb.start))) return null;
    // "…, while Egypt called the bombing a “war crime”": the name right before the verb is its subject; when
    // it is no person (a country, a body), nobody further back is.
    // So for a role right before the verb that names nobody known ("the Labour leader’s aide said"): the
    // subject is somebody unnamed, not a person named earlier in the sentence.
    const named = i > 0 ? mentions[i - 1] : null;
    if ((m.kind === 'name' || m.kind === 'role') && text !== undefined && SUBJECT_GAP.test(text.slice(m.end, verb.start)) && !resolveMention(m, d)) {
      // "Ivo Dent, Special Adviser to the President on Media said …": an apposition whose closing comma was left
      // out describes the name before it, which is the subject.
      if (m.kind === 'role' && named && named.kind === 'name' && !named.object && named.start >= floor && NAME_THEN_ROLE.test(text.slice(named.end, m.start)) && resolveMention(named, d)) return named;
      return null;
    }
    // "Claire Coutinho, the shadow energy secretary, said": a role set off by commas describes the name
    // before it, which is the subject.
    // (Set off on both sides: "…in North Tarn, the spokesperson replied" is no apposition.)
    if (m.kind === 'role' && named && named.kind === 'name' && !named.object && named.start >= floor && NAME_THEN_ROLE.test((text ?? '').slice(named.end, m.start)) && /^\s*,/.test((text ?? '').slice(m.end, verb.start)) && resolveMention(named, d)) return named;
    if (resolveMention(m, d)) return m;
  }
  return null;
}

function mentionAfter(mentions: Mention[], verb: Word, to: number): Mention | null {
  for (let i = firstFrom(mentions, verb.end, startOf); i < mentions.length && mentions[i].start < to; i++) {
    const m = mentions[i];
    if (m.end <= to && !m.object && m.kind !== 'possessive' && !ownsNoun(m)) return m;
  }
  return null;
}

function attributed(person: Person | null, cue: string, confidence: number, evidence?: [number, number]): Attribution | null {
  return person ? { speaker: person, cue, confidence, evidence } : null;
}

/**
 * How sure a cue is, by how its subject names the speaker: a name says who; a role noun and a pronoun are
 * resolved by inference, which the development set shows is wrong more often (README: confidence bands).
 */
function byMention(m: Mention, d: Discourse, cue: string, confidence: number, verb?: Word): Attribution | null {
  const sure = m.kind === 'name' || m.kind === 'generic' ? confidence : m.kind === 'role' ? Math.min(confidence, 0.85) : Math.min(confidence, 0.8);
  return attributed(resolveMention(m, d), cue, sure, verb ? spanOf(m, verb) : [m.start, m.end]);
}

/** An adverb of manner or time: "Ominously", "Separately", "Earlier". */
// (By adverbs' own endings: "Kelly", "Connolly", "Italy" end in -ly too.)
const ADVERB = /^(?:\p{L}{2,}(?:ously|ively|ally|ntly|edly|ably|ibly|ately|ingly|fully|lessly|idly|ishly|erly|etly|ptly|ckly)|Earlier|Later|Meanwhile|Separately|Elsewhere)$/u;

/** Rule: `“QUOTE,” the Belarusian leader said.` / `“QUOTE,” said Putin.` */
export function quoteThenCue(c: QuoteContext, d: Discourse): Attribution | null {
  const words = wordsIn(c.text, c.span.close, c.afterTo, 9);
  const verbIndex = words.findIndex((w, k) => isSpeechVerb(w.text) && !(k > 0 && ADJECTIVE_PARTICIPLES.has(w.text.toLowerCase()) && /^(?:the|a|an)$/i.test(words[k - 1].text)));
  if (verbIndex === -1) return longSubjectThenVerb(c, d) ?? sentenceEndCue(c, d);
  const verb = words[verbIndex];
  const subject = subjectBefore(c.mentions, verb, c.span.close, d, c.text);
  if (subject) {
    // Only the mention itself (and small words) may stand between the quote and the verb.
    const between = wordsIn(c.text, c.span.close, subject.start).filter((w) => !/^[,—–:]$/.test(w.text));
    // "“…”, and Deputy Mayor Korrel described it as": a conjunction opens another clause, not this quote's cue;
    // so does a subordinator ("…would be “appropriate” after she said …").
    if (between.length > 1 || between.some((w) => /^(?:and|but|while|whereas|or|after|before|when|because|since|although|though|if|until|unless|as)$/i.test(w.text)))
      // "…were “grievously wounded” in clashes with protesters, he said.": the cue that closes the sentence.
      return between.length > 1 && !between.some((w) => /^(?:and|but|while|whereas|or)$/i.test(w.text)) ? sentenceEndCue(c, d) : null;
    // "“…?” a reporter asked her. “…,” she replied.": a reply comes from whoever was addressed.
    if (subject.kind === 'pronoun' && REPLY_VERBS.has(verb.text.toLowerCase()) && d.lastAddressee)
      return attributed(d.lastAddressee, 'quote-then-cue', 0.9, spanOf(subject, verb));
    return byMention(subject, d, 'quote-then-cue', 0.95, verb);
  }
  // "…a “reasonable continuation” of the 1996 rules, said Qin.": the name after a verb that ends the sentence.
  const atEnd = verbIndex > 1 ? sentenceEndCue(c, d) : null;
  if (atEnd) return atEnd;
  // "…described “horrifying images” from the incident, while Egypt called …": another clause's verb.
  if (CLAUSE_OPENER.test(c.text.slice(c.span.close, verb.start))) return null;
  // "She asked the leader “…” and accused him of …": a verb after "and" has the sentence's subject, not the
  // pronoun after it; the cue before the quote decides.
  if (/^\s*,?\s*(?:and|but|or|then)\s+(?:\p{Ll}+ly\s+)?$/u.test(c.text.slice(c.span.close, verb.start))) return null;
  // "…needed a “generally stable” China-US relationship, adding that …": a participle after a comma goes
  // with the main clause, whose subject the governing rules find; the words before it are no body.
  if (verbIndex > 0 && /ing$/.test(verb.text) && /,\s*$/.test(c.text.slice(c.span.close, verb.start))) return null;
  // "“…” Ominously writes Tomas Veer.": an adverb before an inverted cue is no body; the name after the verb speaks.
  if (verbIndex === 1 && ADVERB.test(words[0].text)) {
    const named = mentionAfter(c.mentions, verb, c.afterTo);
    if (named && named.kind === 'name' && onlyBlanks(c.text, verb.end, named.start)) return byMention(named, d, 'quote-then-cue', 0.9, verb);
  }
  const body = bodyCue(c, c.span.close, verb, d);
  if (body) return body;
  if (verbIndex > 1) return null;
  // "“…,” says one Republican strategist, who …": somebody unnamed after the verb.
  const unnamedAfter = /^\s+([^,.;:!?"“”«»()]{3,60}?)\s*(?:[,.;:!?]|$)/.exec(c.text.slice(verb.end, Math.min(c.afterTo, verb.end + 70)));
  if (unnamedAfter && UNNAMED_PERSON.test(unnamedAfter[1])) {
    const who = unnamedAfter[1];
    const at = verb.end + unnamedAfter[0].indexOf(who);
    return { speaker: d.registry.generic(who.charAt(0).toUpperCase() + who.slice(1)), cue: 'unnamed-person', confidence: 0.8, evidence: [verb.start, at + who.length] };
  }
  const inverted = mentionAfter(c.mentions, verb, c.afterTo);
  // "“…,” said Jan Pieters": the name right after the verb (not "Biden's “killer” remarks, … while John Sullivan").
  if (!inverted || !onlyBlanks(c.text, verb.end, inverted.start)) return null;
  return byMention(inverted, d, 'quote-then-cue', 0.93, verb);
}

/**
 * `The measures were just a “reasonable continuation” of the 1996 rules, said Qin.`: the sentence ends in an
 * inverted cue, the name right after the verb.
 */
function sentenceEndCue(c: QuoteContext, d: Discourse): Attribution | null {
  const after = verbsIn(c.verbs, c.span.close, c.sentence[1]);
  const verb = after[after.length - 1];
  if (!verb) return null;
  // "Several were “grievously wounded” in clashes, he said.": a subject and its verb closing the sentence.
  const closing = /,\s*(\S+(?:\s+\S+){0,3})\s+$/.exec(c.text.slice(Math.max(c.span.close, verb.start - 40), verb.start));
  if (closing && /^\s*[.!?]?\s*$/.test(c.text.slice(verb.end, c.sentence[1]))) {
    const from = verb.start - closing[0].length + closing[0].indexOf(closing[1]);
    const subject = subjectBefore(c.mentions, verb, from, d, c.text);
    if (subject && subject.start >= from && subject.kind !== 'possessive') return byMention(subject, d, 'quote-then-cue', 0.9, verb);
  }
  if (!/,\s*$/.test(c.text.slice(Math.max(c.span.close, verb.start - 3), verb.start))) return null;
  const m = mentionAfter(c.mentions, verb, c.sentence[1]);
  if (!m || !onlyBlanks(c.text, verb.end, m.start) || !/^\s*[.!?]?\s*$/.test(c.text.slice(m.end, c.sentence[1]))) return null;
  return byMention(m, d, 'quote-then-cue', 0.9, verb);
}

/**
 * `“…,” chairman of the Upper Chamber Committee on Border Affairs Vadim Gusev told the agency.`: a subject
 * longer than the nine words looked at, standing right after the quote, then its speech verb.
 */
function longSubjectThenVerb(c: QuoteContext, d: Discourse): Attribution | null {
  const first = firstFrom(c.mentions, c.span.close, startOf);
  const m = first < c.mentions.length && c.mentions[first].start <= c.span.close + 3 ? c.mentions[first] : undefined;
  if (!m || m.object || m.kind === 'possessive' || m.kind === 'pronoun') return null;
  // "“…,” Richard Bennett, Asia-Pacific Director at Amnesty International, was quoted as saying": a
  // description set off by commas, then the verb.
  const described = m.kind === 'name' ? DESCRIBED_THEN_PASSIVE.exec(c.text.slice(m.end, m.end + 220)) : null;
  if (described) {
    const at = m.end + described[0].length - described[1].length;
    return byMention(m, d, 'quote-then-cue', 0.95, { text: described[1], start: at, end: at + described[1].length });
  }
  const verb = /^\s+(\p{Ll}+)/u.exec(c.text.slice(m.end, m.end + 24));
  if (!verb || !isSpeechVerb(verb[1])) return null;
  const at = m.end + verb[0].length - verb[1].length;
  return byMention(m, d, 'quote-then-cue', 0.95, { text: verb[1], start: at, end: at + verb[1].length });
}

/** ", a description, was quoted as saying" / ", a description, said": after a name, then the verb. */
const DESCRIBED_THEN_PASSIVE = /^,\s[^;.!?"“”«»,]{2,120},\s+(?:was\s+quoted\s+as\s+)?(said|saying|added|noted|told|stressed|explained)\b/;

const PERSON_NOUN = new RegExp(String.raw`\b(?:${PERSON_NOUNS.join('|')})s?\b`, 'i');

/** A news medium: "Interfax", "the state news agency", "RIA Novosti", "the newspaper". */
export function isMedia(phrase: string): boolean {
  let media = mediaPhrases.get(phrase);
  if (media === undefined) {
    const words = phrase.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
    // "ITAR-TASS and RTR of Russia": outlets joined, each named by its first word.
    const outlets = phrase.toLowerCase().replace(/^the\s+/, '').split(/\s+(?:and|&)\s+/);
    media =
      MEDIA_NOUNS.test(phrase) ||
      words.every((w) => MEDIA_NAMES.has(w.replace(/[’']s$/, ''))) ||
      (outlets.length > 1 && outlets.every((o) => MEDIA_NAMES.has(o.split(/\s+/)[0])));
    if (mediaPhrases.size > 50_000) mediaPhrases.clear();
    mediaPhrases.set(phrase, media);
  }
  return media;
}
const mediaPhrases = new Map<string, boolean>();

const TRAILING_RELATIVE = /,\s+(?:who|whose|which|seen|obtained|published|released|issued|signed|adopted|drafted|prepared|circulated|leaked)\s[^,;:"“”«»]{2,160}$/;

/** A subject the text says it will not name: "X, who declined to be named," / "X, speaking on condition of anonymity,". */
const ANONYMOUS_SUBJECT =
  /((?:^|,\s*|\b)(?:the|a|an|one|another)\s+[^,;:"“”«»]{2,60}?),\s*(?:who\s+(?:declined|asked|did not want|refused|requested)\s+(?:not\s+)?(?:to\s+be\s+(?:named|identified)|anonymity)[^,]*|speaking\s+on\s+(?:the\s+)?condition\s+of\s+anonymity[^,]*|who\s+spoke\s+on\s+(?:the\s+)?condition\s+of\s+anonymity[^,]*)$/i;

// ("the unnamed source", "the anonymous official": named as unnamed by the text itself.)
const UNNAMED_PERSON =
  /^(?:a|an|another|one|one of the|some|several|the(?=\s+(?:unnamed|anonymous|unidentified)\s))\s+(?:[\p{L}'’-]+\s+){0,4}?(?:man|woman|men|women|boy|girl|resident|residents|official|officials|source|sources|spokesman|spokeswoman|spokesperson|witness|worker|farmer|voter|member of the public|diplomat|officer|soldier|doctor|nurse|teacher|student|activist|analyst|expert|participant|protester|protesters|driver|mother|father|pensioner|shopkeeper|villager|local|survivor|employee|neighbour|neighbor|neighbours|neighbors|landlord|tenant|owner|customer|passenger|parent|relative|eyewitness|bystander|shopper|commuter|supporter|fan|paramedic|volunteer|refugee|lawyer|strategist|insider|lawmaker|campaigner|organiser|organizer|consultant|economist|lobbyist|adviser|advisor|aide|staffer|colleague|friend|onlooker|Palestinian|Israeli|Ukrainian|Russian|American|Syrian|Iranian|Lebanese|Belarusian)(?:\s+(?:for|of|at|from|in|with)\s+(?:the\s+)?[\p{L}'’ -]{2,60})?$/iu;

/** Documents whose words are quoted ("the resolution reads", "the report says"). */
const DOCUMENT_NOUNS = 'resolution|report|statement|declaration|communiqu[eé]|draft|decree|letter|memo|memorandum|manifesto|petition|appeal|ruling|verdict|document|text|message|note|bill|law|order|directive|plan|strategy|agreement|treaty|leaflet|post';
const DOCUMENT_WORDS = new Set(DOCUMENT_NOUNS.replace('communiqu[eé]', 'communique|communiqué').split('|'));
const DOCUMENT = new RegExp(String.raw`^(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(${DOCUMENT_NOUNS})$`, 'iu');
const DOCUMENT_NAMED = new RegExp(String.raw`\b(?:a|an|the|its|their)\s+((?:[\p{L}-]+\s+){0,2}?(${DOCUMENT_NOUNS})(?:\s+(?:of|on|by|from|about|for)\s+(?:the\s+)?[^,.;:"“”«»()]{2,60})?)`, 'giu');

const GENERIC_DOCUMENT = /^(?:text|document|draft)$/i;

/** A paragraph's last DOCUMENT_TEXT_REACH characters: where a document named in it is looked for. */
const lastPart = (text: string): string => (text.length > DOCUMENT_TEXT_REACH ? text.slice(-DOCUMENT_TEXT_REACH) : text);
/** How far back in the cue's own paragraph a document's name is looked for. */
const DOCUMENT_TEXT_REACH = 3000;
/** How many paragraphs back a document's name is looked for. */
const DOCUMENT_REACH = 30;

/**
 * The name a document was given ("the report says" → "report of the Refugee Monitoring Office": the fullest
 * name of that noun), or for "it claims" (noun null) the last document named, in the text before the cue and
 * the paragraphs before it. Looked up only when a document speaks, so other texts pay nothing for it.
 */
function documentName(noun: string | null, d: Discourse, before: string): string | null {
  let best: string | null = null;
  const texts = [before];
  for (let i = d.texts.length - 1; i >= Math.max(0, d.texts.length - DOCUMENT_REACH); i--) texts.push(lastPart(d.texts[i]));
  for (const text of texts) {
    if (!DOCUMENT_HINT.test(text)) continue;
    let last: string | null = null;
    for (const m of text.matchAll(DOCUMENT_NAMED)) {
      const named = m[1].replace(DOCUMENT_NAME_TAIL, '').trim();
      // "The text also claims …": "text" and "document" stand for the document named before, not a new one.
      if (noun === null) last = GENERIC_DOCUMENT.test(m[2]) ? last : m[2].toLowerCase();
      else if (m[2].toLowerCase() === noun && (!best || named.length > best.length)) best = named;
    }
    // "it claims": the last document named, by the fullest name it was given.
    if (last) return documentName(last, d, before);
  }
  return best;
}
/** What follows a document's name but is not part of it: "… on Thursday", "… by 412 votes", "… which …". */
const DOCUMENT_NAME_TAIL = /\s+(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)|(?:by|with)\s+\d|yesterday|today|which|that|after|before|when)\b.*$/i;
const DOCUMENT_HINT = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS})\b`, 'i');

const PARTICIPLE_AFTER_COMMA = /,\s*\p{Ll}+ing$/u;

/** A verb that characterises in someone's words: "called it “…”", "described the plan as “…”". */
const CHARACTERISING = /^(?:called|calling|calls|described|describing|describes|dubbed|branded|labelled|labeled)\b(?:\s+[^\s"“”«»„]+){0,6}?(?:\s+as)?\s*$/i;

/** Roles whose holders articles rarely name: their words are an unnamed person's. */
const UNNAMED_ROLE = /\b(?:spokes(?:man|woman|person)|official|source|aide|adviser|advisor|representative|analyst|economist|expert)s?$/i;

const QUOTED_AS = /\b(?:quoted|quoting|cited|citing|quotes|cites)\s+/g;

/**
 * `…, Interfax reported, citing Deputy Minister Sulc` / `the agency quoted the minister as saying`: a medium
 * passes the words on; the speaker is whom it quotes, or nobody that can be named.
 */
function quotedBy(c: QuoteContext, d: Discourse): Attribution {
  const outside = c.text.slice(c.sentence[0], c.sentence[1]);
  for (const m of outside.matchAll(QUOTED_AS)) {
    const at = c.sentence[0] + m.index + m[0].length;
    const named = c.mentions.find((x) => x.start >= at && x.start <= at + 4 && x.kind !== 'possessive');
    const person = named && named.kind !== 'generic' ? resolveMention(named, d) : null;
    if (person) return { speaker: person, cue: 'quoted-by-media', confidence: 0.9, evidence: [at - m[0].length, named!.end] };
  }
  // "According to the Joint Forces Command, “…,” the agency reports": the agency passes on whom it names.
  const according = accordingTo(c, d) ?? accordingToBody(c, d);
  if (according) return according;
  // "Antić pointed out that the ministry “…,” Beta reported": the medium passes on what the person said.
  const said = verbsIn(c.verbs, c.sentence[0], c.span.open);
  const verb = said[said.length - 1];
  if (verb && !REPORTING_VERBS.has(verb.f.low) && !hasWords(c.text, verb.end, c.span.open, 16)) {
    const subject = subjectBefore(c.mentions, verb, c.sentence[0], d, c.text);
    const found = subject ? byMention(subject, d, 'governed-quote', 0.8, verb) : null;
    if (found?.speaker) return found;
  }
  return { speaker: null, cue: 'media-report', confidence: 0, evidence: c.sentence };
}

/**
 * `“…,” the ministry said.` / `The Kremlin said: “…”`: a body, not a person, speaks. It gets a generic
 * speaker named as written, so the quote is neither lost nor given to a person nearby. A news medium
 * (`“…,” Interfax reported`) is only the messenger: see quotedBy. A role noun nobody in the text holds
 * (`the President`) is a person unknown, never a body called "President".
 */
function bodyCue(c: QuoteContext, from: number, verb: Word, d: Discourse): Attribution | null {
  // "In a statement published in the evening, the Kremlin said": the subject follows the last comma.
  // "Marsh Council, whose workers removed the waste this week, said": the relative clause describes the subject.
  const lead = c.text.slice(from, verb.start).replace(/[\s,]+$/, '').replace(TRAILING_RELATIVE, '');
  // "The landlord of the property, who declined to be named, said": somebody the text will not name.
  const anonymous = ANONYMOUS_SUBJECT.exec(lead);
  if (anonymous) {
    const who = anonymous[1].replace(/^.*,\s*/, '');
    const start = from + anonymous.index + anonymous[0].indexOf(who);
    return { speaker: d.registry.generic(who.charAt(0).toUpperCase() + who.slice(1)), cue: 'unnamed-person', confidence: 0.8, evidence: [start, verb.end] };
  }
  const phrase = lead.slice(lead.lastIndexOf(',') + 1).replace(/^[\s,—–:]+/, '').replace(/^(?:while|whereas|and|but|although|though|as)\s+/i, '').replace(/\s+(?:has|had|have|was|is|also|later|then|had also|has also|(?:can|could) be (?:heard|seen)|(?:was|is|were) (?:heard|seen))$/i, '').replace(TRAILING_TIME, '').replace(/\s+\p{Ll}+ly$/u, '');
  const words = phrase.split(/\s+/);
  const evidence: [number, number] = [from + Math.max(0, lead.lastIndexOf(phrase)), verb.end];
  // "a statement issued by the Interior Ministry said": the body that issued it.
  const issuer = issuingBody(c.text, from + Math.max(0, lead.lastIndexOf(phrase)), verb.end, d);
  if (issuer) return { speaker: issuer, cue: 'organisation-cue', confidence: 0.7, evidence };
  // "a young Palestinian boy said", "another resident said", "one official told reporters": somebody unnamed.
  const unnamed = UNNAMED_PERSON.exec(phrase);
  if (unnamed && words.length <= 7) {
    // Named as the text says it, article and all ("A young resident", "One official"): nobody's name.
    const name = phrase.replace(/^another\s+/i, 'a ');
    return { speaker: d.registry.generic(name.charAt(0).toUpperCase() + name.slice(1)), cue: 'unnamed-person', confidence: 0.8, evidence };
  }
  // "the source said", after "the unnamed source was quoted as saying": that same unnamed person.
  const again = /^the\s+(\p{L}+)$/iu.exec(phrase);
  const known = again ? d.registry.unnamedWithRole(again[1].toLowerCase()) : null;
  if (known) return { speaker: known, cue: 'unnamed-person', confidence: 0.75, evidence };
  // "“…,” the resolution reads" / "it claims": a document's words, named as the text named it.
  const document = DOCUMENT.exec(phrase);
  // "the statement added", after "a statement issued by the Interior Ministry": the body that issued it.
  // The text before the cue, within reach (a paragraph of thousands of cues must not be read again at each).
  const before = c.text.slice(Math.max(0, from - DOCUMENT_TEXT_REACH), from);
  const author = document && /^the\s/i.test(phrase) ? documentAuthor(document[1].toLowerCase(), d, before) : null;
  if (author) return { speaker: author, cue: 'organisation-cue', confidence: 0.7, evidence };
  const generic = /^it$/i.test(phrase) || (document !== null && /^the\s/i.test(phrase) && GENERIC_DOCUMENT.test(document[1]));
  const docName = generic ? documentName(null, d, before) : document ? (documentName(document[1].toLowerCase(), d, before) ?? phrase.replace(/^the\s+/i, '')) : null;
  if (docName) return { speaker: d.registry.generic(docName.charAt(0).toUpperCase() + docName.slice(1)), cue: 'document-cue', confidence: 0.7, evidence };
  // Case matters for the capital: with the i flag, \p{Lu} would match "and" too.
  // A body's name may run long when every word is part of it ("the Cypriot Ministry of Foreign Affairs").
  const longName = words.length <= 9 && words.every((w) => /^(?:\p{Lu}|of$|for$|and$|the$|on$)/u.test(w));
  if (!phrase || (words.length > 5 && !longName) || !/^(?:[Tt]he\s+\p{L}|\p{Lu})/u.test(phrase)) return null;
  if (/^(?:he|she|it|they|we|i|you|this|that|there|these|those|and|but|or|so|yet|then|also|still)$/i.test(phrase)) return null;
  if (words.some((w) => /^(?:he|she|it|they|also|then|and|who|which|that)$/i.test(w) && w !== words[0])) return null;
  if (isMedia(phrase) || REPORTING_VERBS.has(verb.text.toLowerCase())) return quotedBy(c, d);
  // A role nobody in the text holds ("the spokesperson said"): somebody unnamed for a spokesperson or an
  // official; for any other role, nobody can be named (rather than a guess at the last subject).
  if (PERSON_NOUN.test(phrase)) {
    if (UNNAMED_ROLE.test(phrase) && words.length <= 4) {
      // "Starmer’s spokesperson": named after the owner as the text names them in full ("Keir Starmer’s …").
      const owned = /^(\p{Lu}[\p{L}-]*)(['’]s\s.+)$/u.exec(phrase);
      const owner = owned ? d.registry.findByName([owned[1]]) : null;
      const name = owner && !owner.generic ? `${d.registry.displayName(owner)}${owned![2]}` : phrase.charAt(0).toUpperCase() + phrase.slice(1);
      return { speaker: d.registry.generic(name), cue: 'unnamed-person', confidence: 0.75, evidence };
    }
    return words.length <= 4 ? { speaker: null, cue: 'unknown-role', confidence: 0, evidence } : null;
  }
  const written = phrase.replace(/^the\s+/i, '');
  // "the Belarusian added", "the Republican said": a person described, whom nobody in the text fits.
  if (!written.includes(' ') && (isNationalityWord(written) || DEMONYM_MAN.test(written) || PERSON_DESCRIPTORS.has(written.toLowerCase())))
    return { speaker: null, cue: 'unknown-role', confidence: 0, evidence };
  const name = bodyFullName(written, d) ?? written;
  return { speaker: d.registry.generic(name.charAt(0).toUpperCase() + name.slice(1)), cue: 'organisation-cue', confidence: 0.7, evidence };
}

/** A time after a subject ("UN humanitarians on Friday said"): not part of the body's name. */
const TRAILING_TIME = /\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier|last\s+(?:week|month|year|night))$/;

/** Capitalised words that may stand before a body's head noun ("Russian Defence", "Foreign"). */
const BODY_NAME_BEFORE = String.raw`(?:(?:\p{Lu}[\p{L}'’-]*|U\.S\.|of|for|and|the)\s+){0,5}?`;
/** "of Ukraine", "of the Republic of Belarus", "for Foreign Affairs": what may follow a head noun in a name. */
const BODY_NAME_AFTER = String.raw`(?:\s+(?:of|for)(?:\s+the)?(?:\s+(?:\p{Lu}[\p{L}'’-]*|and|of)){1,5})?`;

/**
 * The name a body was given in full elsewhere in the text: "the ministry said" is "the Russian Defence
 * Ministry", "Gazvalta wrote" is "Gazvalta of Estravia", as a surname alone is the person's full name. Among
 * several bodies of the same head noun, the one named last before this paragraph; failing that, the first
 * named after it. Each head noun's names are gathered once per text, in one pass over it.
 */
function bodyFullName(written: string, d: Discourse): string | null {
  if (ACRONYM.test(written)) return acronymName(written, d);
  const words = written.split(/\s+/);
  const head = words[words.length - 1];
  const lowHead = head.toLowerCase();
  // A head noun of an institution ("ministry", "Foreign Ministry"), or a body's own name ("Gazvalta").
  const proper = /^\p{Lu}/u.test(head) && words.length === 1 && !BODY_HEADS.has(lowHead);
  if (!proper && !BODY_HEADS.has(lowHead)) return null;
  const key = proper ? head : lowHead;
  let names = d.bodyNames.get(key);
  // Each new head noun is one pass over the text; a text of thousands of different bodies must stay linear.
  if (!names && d.bodyNames.size >= BODY_NAME_SCANS) return null;
  if (!names) {
    names = new Map();
    const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = proper
      ? new RegExp(String.raw`\b${escaped}${BODY_NAME_AFTER}`, 'gu')
      : new RegExp(
          String.raw`(?:\b${BODY_NAME_BEFORE}\b${escaped.charAt(0).toUpperCase()}${escaped.slice(1)}\b${BODY_NAME_AFTER})|(?:\b${escaped.charAt(0).toUpperCase()}${escaped.slice(1)}\b${BODY_NAME_AFTER})|(?:\b\p{Lu}[\p{L}'’-]*(?:\s+(?!(?:the|a|an|and|or|of|to|in|on|at|by|for|with|said|says|that|its|his|her|their|our|this)\b)\p{Ll}+){0,2}\s+${escaped}\b)`,
          'gu',
        );
    // "the French foreign ministry": a name written in lower case after a capitalised word counts too.
    const capitalHead = head.charAt(0).toUpperCase() + head.slice(1);
    d.prose.forEach((text, at) => {
      if (!text.includes(proper ? head : capitalHead) && (proper || !text.includes(lowHead))) return;
      for (const m of text.matchAll(pattern)) {
        const name = m[0].replace(/^(?:(?:the|of|for|and)\s+)+/i, '').trim();
        if (name.split(/\s+/).length > 1 && !NOT_A_NAME_START.test(name)) noteBodyName(names!, name, at);
      }
    });
    d.bodyNames.set(key, names);
  }
  // The name must hold every word the text wrote ("Foreign Ministry" is not "Defence Ministry").
  const want = words.map((w) => w.toLowerCase());
  return nearestBodyName(names, (name) => {
    const have = name.toLowerCase().split(/\s+/);
    return want.every((w) => have.includes(w));
  }, d.proseAt);
}

/** Full names of bodies, each with the paragraphs (indices, ascending, once each) that name it so. */
type BodyNames = Map<string, number[]>;

function noteBodyName(names: BodyNames, name: string, at: number): void {
  const ats = names.get(name);
  if (!ats) names.set(name, [at]);
  else if (ats[ats.length - 1] !== at) ats.push(at);
}

/**
 * The fitting name given last at or before paragraph `here` (the longer of two in one paragraph); failing
 * that, the first given after it. A binary search per distinct name: a text that names its body in every one
 * of thousands of paragraphs costs no more per cue than one that names it once.
 */
function nearestBodyName(names: BodyNames, fits: (name: string) => boolean, here: number): string | null {
  let before: { at: number; name: string } | null = null;
  let after: { at: number; name: string } | null = null;
  for (const [name, ats] of names) {
    if (!fits(name)) continue;
    const i = firstFrom(ats, here + 1, (x) => x) - 1;
    if (i >= 0 && (!before || ats[i] > before.at || (ats[i] === before.at && name.length > before.name.length))) before = { at: ats[i], name };
    if (i + 1 < ats.length && (!after || ats[i + 1] < after.at)) after = { at: ats[i + 1], name };
  }
  return before?.name ?? after?.name ?? null;
}
const BODY_NAME_SCANS = 32;
/** Capitalised words that open sentences or dates, not names: "On Monday the ministry", "But the ministry". */
const NOT_A_NAME_START = /^(?:a|an|on|in|at|but|and|or|so|it|this|that|he|she|they|we|when|after|before|meanwhile|however|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** "the SSV" is the name the text spelled out before "(SSV)": "The Security Service of Varsk (SSV) …". */
function acronymName(acronym: string, d: Discourse): string | null {
  let names = d.bodyNames.get(acronym);
  if (!names && d.bodyNames.size >= BODY_NAME_SCANS) return null;
  if (!names) {
    names = new Map();
    const pattern = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]*|of|for|and|the)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|for|and|the)){1,7})\s+\(${acronym}\)`, 'gu');
    const mark = `(${acronym})`;
    d.prose.forEach((text, at) => {
      if (!text.includes(mark)) return;
      for (const m of text.matchAll(pattern)) {
        const name = m[1].replace(/^(?:(?:the|of|for|and)\s+)+/i, '');
        // The spelled-out name has as many capitalised words as the acronym has letters, give or take.
        if (name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= Math.min(2, acronym.length)) noteBodyName(names!, name, at);
      }
    });
    d.bodyNames.set(acronym, names);
  }
  return nearestBodyName(names, () => true, d.proseAt);
}

/** "A press statement issued by the SSV said:": the document's author is who speaks. */
/** Documents a body issues, whose words are the body's. */
const ISSUED_NOUN = String.raw`(statement|release|communiqu[eé]|message|note|letter|declaration|announcement|post)`;
/** A body's or person's name: capitalised words, joined by "of", "for", "and", "the". */
const BODY_WORDS = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|and|the)){0,7})`;
const ISSUED_DOCUMENT = String.raw`${ISSUED_NOUN}\s+(?:(?:issued|released|published|put out|sent|posted)\s+)?by\s+(?:the\s+)?`;
/** Groups: the document noun, the issuing body; then the verb that quotes it. */
const ISSUED_BY = new RegExp(String.raw`\b${ISSUED_DOCUMENT}${BODY_WORDS}\s+(?:said|says|reads|read|stated|states|added|noted|claimed|claims)\b`, 'u');
const ISSUED_BY_ALL = new RegExp(String.raw`\b${ISSUED_DOCUMENT}${BODY_WORDS}`, 'gu');
/** Groups: the document noun, the author ("In a statement released on Monday, the ministry denied"). */
const IN_DOCUMENT_SAID = new RegExp(String.raw`\bIn\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?${ISSUED_NOUN}\b[^.;"“”«»]{0,80}?,\s+(?:the\s+)?${BODY_WORDS}\s+(?:said|says|stated|announced|denied|denies|noted|added|insisted|warned|confirmed)\b`, 'gu');
/** Groups: the author, the document noun ("the Ministry of Agriculture said in a statement"). */
const SAID_IN_DOCUMENT = new RegExp(String.raw`\b${BODY_WORDS}\s+(?:said|announced|stated|wrote|noted|warned|explained|added)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?${ISSUED_NOUN}\b`, 'gu');

/** The body that issued the document a sentence quotes, by its full name. */
export function issuingBody(text: string, from: number, to: number, d: Discourse): Person | null {
  const m = ISSUED_BY.exec(text.slice(from, to));
  if (!m || isMedia(m[2])) return null;
  return d.registry.generic(bodyFullName(m[2], d) ?? m[2]);
}

/** The body that issued the last document of this kind the text named ("a statement issued by the ministry"). */
function documentAuthor(noun: string, d: Discourse, before: string): Person | null {
  const texts = [before];
  for (let i = d.texts.length - 1; i >= Math.max(0, d.texts.length - DOCUMENT_REACH); i--) texts.push(lastPart(d.texts[i]));
  for (const text of texts) {
    if (!text.toLowerCase().includes(noun)) continue;
    let last: { at: number; author: string } | null = null;
    for (const m of text.matchAll(ISSUED_BY_ALL)) if (m[1].toLowerCase() === noun) last = { at: m.index, author: m[2] };
    // "the Ministry of Agriculture said in a statement that …": the subject of "said in a statement"; "In a
    // statement released on Monday, the ministry denied …": the subject after it.
    for (const m of text.matchAll(SAID_IN_DOCUMENT)) if (m[2].toLowerCase() === noun && (!last || m.index > last.at)) last = { at: m.index, author: m[1] };
    for (const m of text.matchAll(IN_DOCUMENT_SAID)) if (m[1].toLowerCase() === noun && (!last || m.index > last.at)) last = { at: m.index, author: m[2] };
    if (last) last.author = last.author.replace(/^The\s+/, '');
    if (last && !isMedia(last.author)) {
      const person = d.registry.findByName(last.author.split(/\s+/));
      return person ?? d.registry.generic(bodyFullName(last.author, d) ?? last.author);
    }
  }
  return null;
}


/** Rule: `Aleksandr Lukashenko said: “QUOTE”` / `He also said that …: “QUOTE”`. */
export function cueThenQuote(c: QuoteContext, d: Discourse): Attribution | null {
  const lead = c.text.slice(c.beforeFrom, c.span.open).trimEnd();
  if (!/[:,—–]$/.test(lead)) return null;
  const words = verbsIn(c.verbs, c.beforeFrom, c.span.open);
  for (let i = words.length - 1; i >= 0; i--) {
    const subject = subjectBefore(c.mentions, words[i], c.beforeFrom, d, c.text);
    if (subject) return byMention(subject, d, 'cue-then-quote', 0.95, words[i]);
    const inverted = mentionAfter(c.mentions, words[i], c.span.open);
    if (inverted) return byMention(inverted, d, 'cue-then-quote', 0.9, words[i]);
    const body = bodyCue(c, c.beforeFrom, words[i], d);
    if (body) return body;
  }
  // `Putin on the talks: “…”`: a colon after a lone subject.
  if (lead.endsWith(':')) {
    const subjects = c.mentions.filter((m) => m.start >= c.beforeFrom && m.end <= c.span.open && !m.object && m.kind !== 'possessive');
    if (subjects.length === 1) return byMention(subjects[0], d, 'subject-colon', 0.75);
    // A headline's `Russia Slams Reuters: ‘Are You Really Journalists?’`: the headline verb's subject speaks.
    const headline = HEADLINE_SUBJECT.exec(c.text.slice(c.beforeFrom, c.span.open));
    if (headline && HEADLINE_VERBS.has(headline[2].toLowerCase())) {
      const name = headline[1];
      const person = d.registry.findByName(name.split(/\s+/));
      const speaker = person && !person.generic ? person : d.registry.generic(name);
      return { speaker, cue: person ? 'subject-colon' : 'organisation-cue', confidence: 0.7, evidence: [c.beforeFrom, c.beforeFrom + headline[0].length] };
    }
  }
  return null;
}

/** Rule: a speech verb anywhere else in the same sentence, outside the quote. */
export function nearestCueInSentence(c: QuoteContext, d: Discourse): Attribution | null {
  const words = verbsIn(c.verbs, c.sentence[0], c.sentence[1]).filter((w) => w.end <= c.span.open || w.start >= c.span.close);
  let best: { dist: number; person: Person; evidence: [number, number] } | null = null;
  for (const w of words) {
    // "…were just a “reasonable continuation” of the 1996 measures, said Qin.": a name right after the verb.
    const after = w.start >= c.span.close ? mentionAfter(c.mentions, w, c.sentence[1]) : null;
    const subject = subjectBefore(c.mentions, w, c.sentence[0], d, c.text) ?? (after && onlyBlanks(c.text, w.end, after.start) ? after : null);
    const person = subject ? resolveMention(subject, d) : null;
    if (!person) continue;
    const dist = w.start >= c.span.close ? w.start - c.span.close : c.span.open - w.end;
    if (!best || dist < best.dist) best = { dist, person, evidence: spanOf(subject!, w) };
  }
  return best ? { speaker: best.person, cue: 'nearest-cue', confidence: 0.8, evidence: best.evidence } : null;
}

/** The people (not pronouns) standing as subjects in the paragraph outside quotes. */
export function onlyPersonInParagraph(mentions: Mention[], d: Discourse): Attribution | null {
  // Asked for each quote without a cue; the paragraph's people are counted once.
  let only = onlyPeople.get(mentions);
  if (only === undefined) {
    const people = new Set<Person>();
    let first: Mention | null = null;
    for (const m of mentions) {
      if (m.object || m.kind === 'pronoun' || m.kind === 'possessive') continue;
      const p = resolveMention(m, d);
      if (p) people.add(p);
      if (p && !first) first = m;
      if (people.size > 1) break;
    }
    only = people.size === 1 ? { person: [...people][0], evidence: [first!.start, first!.end] } : null;
    onlyPeople.set(mentions, only);
  }
  return only ? { speaker: only.person, cue: 'only-person', confidence: 0.7, evidence: only.evidence } : null;
}
const onlyPeople = new WeakMap<Mention[], { person: Person; evidence: [number, number] } | null>();

const TITLE_NOUN_BEFORE =
  /\b(?:book|novel|memoir|film|movie|documentary|series|programme|program|play|opera|song|album|poem|essay|newspaper|magazine|exhibition|festival|project|campaign|initiative|operation|exercise|doctrine|award|prize|motto)\s*$/;

/** A term, scare quote or title ("the so-called “grain corridor”", `the book “…”`), by the words before it. */
function isTermOrTitle(text: string, span: QuoteSpan): boolean {
  const lead = text.slice(Math.max(0, span.open - 24), span.open).toLowerCase();
  if (/(?:so-called|called|dubbed|termed|named|known as|the word|the words|the term|the phrase|the slogan|titled|entitled|labelled|labeled|branded)\s*$/.test(lead)) return true;
  // The title of a work: `the book “…”`, `the documentary “…”`, `his new film „…“`.
  return TITLE_NOUN_BEFORE.test(lead);
}

/**
 * Rule: a quote inside reported speech, `said that the two capitals “have every reason to be proud”`: the
 * speech verb before it in the sentence governs it, so the words are the verb's subject's, however few.
 */
export function governedQuote(c: QuoteContext, d: Discourse): Attribution | null {
  const before = verbsIn(c.verbs, c.sentence[0], c.span.open);
  // "The White House announced that …, describing it as “…”": a participle after a comma has the main
  // clause's subject, however far back the clause's verb is.
  const participle = before[before.length - 1];
  if (participle && before.length > 1 && PARTICIPLE_AFTER_COMMA.test(c.text.slice(Math.max(c.sentence[0], participle.start - 3), participle.end)) && !hasWords(c.text, participle.end, c.span.open, 6)) {
    // The main clause's verb comes first; later ones belong to what it reports ("Putin said the US president
    // had explained the comment, adding that he had been “satisfied”": Putin, not the president).
    for (let k = 0; k < before.length - 1; k++) {
      const main = before[k];
      const subject = subjectBefore(c.mentions, main, c.sentence[0], d, c.text);
      const found = subject ? byMention(subject, d, 'governed-quote', 0.85, main) : bodyCue(c, c.sentence[0], main, d);
      if (found?.speaker) return found;
    }
  }
  // "the Kremlin said the leaders had agreed to meet “…”": the nearest verb may have nobody; an earlier one
  // in the sentence may.
  for (let k = before.length - 1; k >= Math.max(0, before.length - 3); k--) {
    const found = governedBy(c, d, before[k], k === before.length - 1);
    if (found) return found;
  }
  return before.length || isTermOrTitle(c.text, c.span) ? null : (accordingTo(c, d) ?? accordingToAfter(c, d));
}

function governedBy(c: QuoteContext, d: Discourse, verb: VerbAt, nearest: boolean): Attribution | null {
  // "the minister called the plan “a betrayal”", "what he called “…”": a person's own words for it. A term
  // with nobody calling it so ("the so-called “…”", `the book “…”`) is no quote.
  const characterises = c.text[verb.start - 1] !== '-' && CHARACTERISING.test(c.text.slice(verb.start, c.span.open));
  if (isTermOrTitle(c.text, c.span) && !characterises) return null;
  if (hasWords(c.text, verb.end, c.span.open, 30)) return nearest ? accordingTo(c, d) : null;
  // "…has been described by Amnesty International’s Secretary General Irene Khan as “shameful”": the agent.
  if (/^\s+by\s/.test(c.text.slice(verb.end, verb.end + 5))) {
    for (let i = firstFrom(c.mentions, verb.end, startOf); i < c.mentions.length && c.mentions[i].end <= c.span.open; i++) {
      const m = c.mentions[i];
      if (m.kind === 'possessive' || m.kind === 'pronoun' || ownsNoun(m)) continue;
      const agent = byMention(m, d, 'governed-quote', 0.8, verb);
      if (agent) return agent;
    }
    // "…was described by the 9/11 commission report as “…”": a body or its document, named as written.
    const agent = /^\s+by\s+((?:the|a|an|its)\s+[^,;:"“”«»]{2,60}?)\s+as\s*$/i.exec(c.text.slice(verb.end, c.span.open));
    if (agent) {
      const words = agent[1].toLowerCase().split(/\s+/);
      if (words.some((w) => BODY_HEADS.has(w) || DOCUMENT_WORDS.has(w))) {
        const name = agent[1].replace(/^(?:the|a|an|its)\s+/i, '');
        const at = verb.end + agent[0].indexOf(agent[1]);
        return { speaker: d.registry.generic(name.charAt(0).toUpperCase() + name.slice(1)), cue: 'document-cue', confidence: 0.7, evidence: [at, at + agent[1].length] };
      }
    }
  }
  // "Raj Shah confirmed that Sadler called …, but said the matter was “…”": a verb joined to the first by
  // "but" or "and", with no subject of its own, shares the first clause's subject.
  if (SHARED_SUBJECT.test(c.text.slice(Math.max(c.sentence[0], verb.start - 16), verb.start))) {
    const first = firstClauseSubject(c, verb, d);
    if (first) return byMention(first, d, 'governed-quote', 0.85, verb);
  }
  // A relative clause's verb governs the quote too ("…Renzi, who had told the press that they would “…”"); its
  // subject is not the sentence's (for what "he" means next), so only here is the antecedent taken.
  const subject = subjectBefore(c.mentions, verb, c.sentence[0], d, c.text, true);
  const governed = subject ? byMention(subject, d, 'governed-quote', 0.85, verb) : null;
  if (governed) return governed;
  // "The Kremlin said there were “no plans”": a body's words.
  const body = bodyCue(c, c.sentence[0], verb, d);
  return body?.speaker ? body : null;
}

/** `Biden's “killer” remarks`, `the minister’s “red line”`: words the possessive says are that person's. */
export function possessiveQuote(c: QuoteContext, d: Discourse): Attribution | null {
  const before = c.text.slice(Math.max(c.sentence[0], c.span.open - 3), c.span.open);
  if (!/['’]s\s*$/.test(before)) return null;
  const m = c.mentions.find((x) => x.end <= c.span.open && c.span.open - x.end <= 3 && x.kind !== 'pronoun' && x.kind !== 'possessive');
  const person = m && (m.kind === 'name' || m.kind === 'role') ? resolveMention(m, d) : null;
  return person && !person.generic ? { speaker: person, cue: 'possessive-quote', confidence: 0.8, evidence: [m!.start, c.span.open] } : null;
}

/** A word that opens another clause between a quote and a later verb. */
const CLAUSE_OPENER = /[,;]\s*(?:and|but|while|whereas|or|after|before|when|because|since|although|though|if|until|unless)\b/i;

/** A title-cased headline's subject and verb: "Russia Slams Reuters: …". */
const HEADLINE_SUBJECT = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}?)\s+(\p{Lu}\p{Ll}+)\b/u;

/** A verb with no subject of its own, joined to the clause before: "…, but said", "and added". */
const SHARED_SUBJECT = /\b(?:but|and)\s+(?:also\s+|then\s+|later\s+)?$/;

/** The subject of the sentence's first clause: its first acting mention, when a verb follows it. */
function firstClauseSubject(c: QuoteContext, verb: Word, d: Discourse): Mention | null {
  for (const m of c.mentions) {
    if (m.start < c.sentence[0] || m.end > verb.start) break;
    if (m.object || m.kind === 'possessive' || ownsNoun(m)) continue;
    const firstVerb = c.verbs[firstFrom(c.verbs, m.end, startOf)];
    return firstVerb && firstVerb.start < verb.start && resolveMention(m, d) ? m : null;
  }
  return null;
}

/** `According to the minister, the tariffs “will not change”`: the sentence reports that person's words. */
function accordingTo(c: QuoteContext, d: Discourse): Attribution | null {
  const first = c.text.charCodeAt(c.sentence[0]) | 32;
  if (first !== 97 && first !== 105 && first !== 32) return null;
  const lead = /^\s*(?:according to|in the words of)\s+([^,]{2,80}),/i.exec(c.text.slice(c.sentence[0], c.span.open));
  if (!lead) return null;
  const m = c.mentions.find((x) => x.start >= c.sentence[0] && x.end <= c.sentence[0] + lead[0].length && x.kind !== 'possessive' && !ownsNoun(x));
  const found = m ? byMention(m, d, 'according-to', 0.8) : null;
  return found && { ...found, evidence: [c.sentence[0] + lead[0].length - lead[0].trimStart().length, c.sentence[0] + lead[0].length - 1] };
}

/** `…is being “bullied” by his own MPs, according to Sir Ivo Dent.`: a person named at the sentence's end. */
const ACCORDING_AT_END = /,\s+according to\s+((?:[^,.;:!?"“”«»]|\.(?=\S)){2,80})[.!?]?["”»’]?\s*$/i;

function accordingToAfter(c: QuoteContext, d: Discourse): Attribution | null {
  // Only the sentence's last words are read: a sentence of thousands of quotes must not be read again at each.
  const tail = Math.max(c.span.close, c.sentence[1] - 120);
  const end = ACCORDING_AT_END.exec(c.text.slice(tail, c.sentence[1]));
  if (!end || isMedia(end[1].trim())) return null;
  const from = tail + end.index;
  // "…, according to a U.S. official.": somebody the text does not name.
  const who = end[1].trim();
  if (UNNAMED_PERSON.test(who) && who.split(/\s+/).length <= 7) {
    const at = from + end[0].indexOf(end[1]);
    return { speaker: d.registry.generic(who.charAt(0).toUpperCase() + who.slice(1)), cue: 'unnamed-person', confidence: 0.75, evidence: [at, at + who.length] };
  }
  let m: Mention | undefined;
  for (let i = firstFrom(c.mentions, from, startOf); i < c.mentions.length && c.mentions[i].end <= c.sentence[1] && !m; i++) {
    const x = c.mentions[i];
    if (x.kind !== 'possessive' && !ownsNoun(x)) m = x;
  }
  const found = m ? byMention(m, d, 'according-to', 0.8) : null;
  return found && { ...found, evidence: [from + end[0].indexOf(end[1]), from + end[0].indexOf(end[1]) + end[1].trim().length] };
}

/** `According to the Command of the Joint Forces, “…”`: a body the sentence names as its source. */
function accordingToBody(c: QuoteContext, d: Discourse): Attribution | null {
  const lead = /^\s*according to\s+(?:the\s+)?(\p{Lu}[^,]{2,80}),/iu.exec(c.text.slice(c.sentence[0], c.span.open));
  if (!lead || isMedia(lead[1])) return null;
  const words = lead[1].split(/\s+/);
  if (!words.every((w) => /^(?:\p{Lu}|of$|for$|and$|the$)/u.test(w)) || !words.some((w) => BODY_HEADS.has(w.toLowerCase()))) return null;
  const start = c.sentence[0] + lead.index + lead[0].length - lead[0].trimStart().length;
  return { speaker: d.registry.generic(lead[1]), cue: 'according-to', confidence: 0.7, evidence: [start, c.sentence[0] + lead[0].length - 1] };
}

/** Is a quoted span speech, or a term / scare quote ("the so-called “grain corridor”")? */
export function looksLikeUtterance(text: string, span: QuoteSpan, sentenceStart: number): boolean {
  if (isTermOrTitle(text, span)) return false;
  if (hasWords(text, span.start, span.end, 7)) return true;
  if (!hasWords(text, span.start, span.end, 4)) return false;
  if (text.slice(sentenceStart, span.open).trim() === '') return true;
  // Sentence punctuation inside, initials ("J.") aside.
  const inner = text.slice(span.start, span.end);
  if (/[!?…]/.test(inner)) return true;
  return inner.includes('.') && inner.replace(/\b(?:\p{L}\.)+/gu, '').includes('.');
}

/** Blanks , : — – (trimmed from the start of a clause). */
const isClauseLead = (c: number): boolean => isSpaceCode(c) || c === 44 || c === 58 || c === 0x2014 || c === 0x2013;
/** Blanks . : , ; — – and double quote marks (trimmed from the end of a clause). */
const isClauseTail = (c: number): boolean =>
  isSpaceCode(c) || c === 46 || c === 58 || c === 44 || c === 59 || c === 0x2014 || c === 0x2013 || c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;

/** The indirect quote text[start, end) without the punctuation around it, if it has a few words and a speaker. */
function clause(text: string, start: number, end: number, person: Person | null, cue: string, confidence: number, evidence?: [number, number]): DraftQuote | null {
  let s = start;
  let e = end;
  while (s < e && isClauseLead(text.charCodeAt(s))) s++;
  while (e > s && isClauseTail(text.charCodeAt(e - 1))) e--;
  if (!person || !hasWords(text, s, e, 3)) return null;
  return { kind: 'indirect', start: s, end: e, speaker: person, cue, confidence, evidence };
}

/** Finds indirect speech in one sentence: `X noted that …`, `According to the minister, …`, `In his words, …`. */
export function findIndirect(
  text: string,
  sentence: [number, number],
  spans: readonly QuoteSpan[],
  mentions: Mention[],
  allVerbs: readonly VerbAt[],
  d: Discourse,
): DraftQuote | null {
  const [from, to] = sentence;
  // The paragraph's speech verbs are all outside quotes already; a clause runs to the next quote or the stop.
  const verbs = verbsIn(allVerbs, from, to);
  if (!verbs.length && !OPENS_INDIRECT.test(text.slice(from, from + 24))) return null;
  const firstQuote = spanFrom(spans, from, to);
  const outsideTo = firstQuote ? firstQuote.open : to;
  const lead = text.slice(from, outsideTo);
  // According to the President, …
  const according = /^\s*(?:according to|in the words of)\s+([^,]{2,80}),/i.exec(lead);
  if (according) {
    const m = mentions.find((x) => x.start >= from + according.index && x.end <= from + according[0].length);
    const person = m ? resolveMention(m, d) : null;
    return clause(text, from + according[0].length, outsideTo, person, 'according-to', 0.85, [from + according[0].length - according[0].trimStart().length, from + according[0].length - 1]);
  }
  const inWords = /^\s*in\s+(his|her|[\p{Lu}][\p{L}\s.-]{1,60}?[’']s)\s+(?:words|opinion|view|estimation|assessment)\s*,/iu.exec(lead);
  if (inWords) {
    const m = mentions.find((x) => x.start >= from && x.end <= from + inWords[0].length);
    const person = m ? resolveMention(m, d) : null;
    return clause(text, from + inWords[0].length, outsideTo, person, 'in-their-words', 0.8, [from + inWords[0].length - inWords[0].trimStart().length, from + inWords[0].length - 1]);
  }
  // A real sentence has a few speech verbs; a pathological one (a whole file without a full stop) is read
  // for its first ones only, so the search stays linear.
  for (const verbWord of verbs.slice(0, 12)) {
    const verb = verbWord.f.low;
    // What follows the verb decides first (cheap): a "that" within a few words, or a clause straight after.
    const end = spanFrom(spans, verbWord.end, to)?.open ?? to;
    const window = text.slice(verbWord.end, Math.min(end, verbWord.end + 120));
    // told Vladimir Putin that …: up to seven words (the addressee) between the verb and "that", with no
    // punctuation, possessive or other speech verb among them.
    const that = THAT_AFTER.exec(window);
    const thatClause = that !== null && !that[1].split(/\s+/).some((w) => w && (/[’']s$/.test(w) || isSpeechVerb(w)));
    // "said they were total nonsense": a clause straight after the verb.
    const saidClause = !thatClause && /^(?:said|says|added|noted|stressed)$/.test(verb) && CLAUSE_AFTER.test(window);
    if (!thatClause && !saidClause) continue;
    const subject = subjectBefore(mentions, verbWord, from, d, text);
    if (!subject) continue;
    const between = wordsIn(text, subject.end, verbWord.start);
    // "The Russian President demolished these claims and said …": a coordinated verb may come later.
    const coordinated = between.some((w) => w.text === 'and') && between.length <= 8;
    // "she said, adding that …": a participle shares the subject of the verb before it.
    const participle = verb.endsWith('ing');
    if (coordinated ? between.length > 8 : between.length > (participle ? 6 : 4) || (!participle && between.some((w) => isSpeechVerb(w.text)))) continue;
    const person = resolveMention(subject, d);
    if (thatClause) return clause(text, verbWord.end + that!.index + that![0].length, end, person, 'indirect-that', OPINION_VERBS.has(verb) ? 0.6 : 0.85, spanOf(subject, verbWord));
    return clause(text, verbWord.end, end, person, 'indirect-said', 0.75, spanOf(subject, verbWord));
  }
  return null;
}

/** Who speaks by the last speech verb of a sentence ("Vladimir Putin said at the meeting:"). */
export function speakerOfCue(text: string, sentence: [number, number], mentions: Mention[], verbs: readonly VerbAt[], d: Discourse): Person | null {
  const inSentence = verbsIn(verbs, sentence[0], sentence[1]);
  const verb = inSentence[inSentence.length - 1];
  if (!verb) return null;
  // "Cllr Ada Quist, Mayor of Tarnby, scolded the council leader saying:": a participle's subject is the
  // sentence's, not the object right before it.
  if (verb.text.endsWith('ing')) {
    const main = sentenceSubject(mentions, sentence[0], verb.start, d, text);
    if (main) return main;
  }
  const subject = subjectBefore(mentions, verb, sentence[0], d, text);
  return (subject ? resolveMention(subject, d) : null) ?? issuingBody(text, sentence[0], verb.end, d);
}

/** Between a role and the name set after it: "the head, Petro Savik", "the head of the local council, Petro Savik". */
const ROLE_THEN_NAME = /^(?:\s+(?:of|for|at|in)\s+[^,.;:!?"“”«»]{1,60})?\s*,\s*$/;
const SUBORDINATOR = /^\s*(?:when|after|as|while|although|though|because|before|since|if|once|until|whereas|despite|during)\b/i;

/** A person noun and a comma right before a name: "her husband, Jason Hale, …". */
const DESCRIBING_NOUN_BEFORE = new RegExp(String.raw`\b(?:${[...PERSON_NOUNS.filter((w) => /^[a-z-]+$/.test(w) && w !== 'pm'), 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'partner', 'friend', 'colleague', 'predecessor', 'successor', 'deputy', 'rival', 'opponent'].join('|')})s?,\s*$`, 'i');

/**
 * The subject of a sentence: the first mention that is not an object, resolved. A sentence that opens with
 * a subordinate clause ("When the director put it at 71 percent, Hrabovsky was not satisfied") has its
 * subject after the clause's comma.
 */
export function sentenceSubject(mentions: Mention[], from: number, to: number, d: Discourse, text?: string): Person | null {
  if (text && SUBORDINATOR.test(text.slice(from, from + 12))) {
    const comma = text.indexOf(',', from);
    if (comma !== -1 && comma < to) {
      const main = sentenceSubject(mentions, comma, to, d, text);
      if (main) return main;
    }
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start < from || m.end > to || m.object || m.kind === 'possessive' || ownsNoun(m)) continue;
    // "After the death of her husband, Jason Hale, Mayor Ina Hale held …": a name set between commas after a
    // description is that description's; the subject comes after it.
    // (Only after a person noun: "…in a conflicting statement, Ivo Dent, Special Adviser …, said" has him as subject.)
    if (text && m.kind === 'name' && i + 1 < mentions.length && mentions[i + 1].end <= to && /^\s*,/.test(text.slice(m.end, m.end + 3)) && DESCRIBING_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)))
      continue;
    // "the head of the local council, Petro Savchuk, opened …": the name set after the role is the subject.
    const named = mentions[i + 1];
    if (m.kind === 'role' && text && named?.kind === 'name' && named.end <= to && ROLE_THEN_NAME.test(text.slice(m.end, named.start))) {
      const person = resolveMention(named, d);
      if (person) return person;
    }
    const person = resolveMention(m, d);
    if (person) return person;
  }
  return null;
}

/** The person a sentence addresses with a speech verb ("asked Anna Kovács", "told the minister"). */
export function noteAddressee(text: string, mentions: Mention[], from: number, to: number, d: Discourse): void {
  for (const m of mentions) {
    if (m.start < from || m.end > to || !m.object || m.kind === 'possessive') continue;
    const before = text.slice(Math.max(from, m.start - 12), m.start).toLowerCase();
    if (!/\b(?:asked|told|assured|urged|reminded|questioned)\s+(?:the\s+|his\s+|her\s+)?$/.test(before)) continue;
    const person = resolveMention(m, d);
    if (person && !person.generic) {
      d.lastAddressee = person;
      return;
    }
  }
}

const RECENT_SUBJECTS = 64;

export function noteSubject(person: Person | null, d: Discourse): void {
  if (!person) return;
  // Newest first, and only the last RECENT_SUBJECTS: a pronoun never reaches further back, and a text of
  // thousands of different subjects must not pay for all of them at every sentence.
  if (d.recent[0] !== person) {
    const at = d.recent.indexOf(person);
    if (at !== -1) d.recent.splice(at, 1);
    else if (d.recent.length >= RECENT_SUBJECTS) d.recent.pop();
    d.recent.unshift(person);
  }
  if (!person.generic) d.lastPersonSubject = person;
}

export { findMentions };

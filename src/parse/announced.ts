/**
 * A speech, statement or briefing published as its words alone. The page says whose words follow
 * ("The following is a near-verbatim transcript of today's noon briefing by Tomas Ferreira, Spokesman …",
 * "Remarks of Governor Linnea Marsh — As Prepared for Delivery", "The statement made by Irena Volk, the
 * First Minister, on 3 February", "Prime Minister Aled Harcourt delivered the following statement") and then
 * gives them with no label and no quote marks. Those paragraphs are that person's turn, up to the first label
 * if the page goes on as a transcript (a briefing's questions and answers).
 *
 * An article that only reports a speech ("gave a speech at the forum. “…,” he said.") is not one: the page
 * must say that the text itself follows, and the words after it must read as spoken by one person (first
 * person, no third-person reporting of quotes).
 */
import { FIRST_PERSON, SELF_INTRODUCTION } from './lexicon.js';
import type { Mention } from './mentions.js';
import type { Person, SpeakerRegistry } from './speaker-registry.js';

/** Words a page uses to say that the text of a speech follows, not a report about it. */
const MARKER =
  /\b(?:(?:near-verbatim |verbatim )?transcript of\b|(?:as )?prepared for delivery|as delivered|(?:check(?:ed)?|checked) against delivery|full text\b|text of (?:the|his|her|their|a)\b|the following (?:statement|remarks|speech|address|message|briefing|lecture|is)\b|(?:statement|remarks|speech|address|message|lecture|testimony|briefing) (?:as )?(?:made |delivered |given |read )?by\b|(?:remarks|speech|address|statement|message) of\b)/i;

/** A briefing's title that names the briefer: "Spokesperson Mao Ning’s Regular Press Conference on May 4". */
const BRIEFING_TITLE = /\p{Lu}[\p{L}-]+['’]s\s+(?:Regular\s+|Daily\s+|Weekly\s+)?(?:Press\s+Conference|Press\s+Briefing|News\s+Conference|Briefing)\b/u;

/** A line that only says the text follows: "Transcript:", "Full text:". */
const MARKER_LINE = /^(?:full\s+)?(?:transcript|text)(?:\s+of\s+the\s+(?:speech|remarks|statement|address))?\s*:?$/i;
const SPEECH_NOUN = /\b(?:speech|remarks|statement|address|briefing|lecture)\b/i;

const QUOTATION = /["“”«»„]/;

/** Openings of spoken addresses. */
const GREETING = /^(?:good (?:morning|afternoon|evening|day)|thank you|thanks|ladies and gentlemen|dear |colleagues|friends|mr\.? (?:speaker|president|chairman)|madam (?:speaker|president|chair)|hello|hi\b|welcome)/i;
/** A quote reported in the third person: the words of an article, not of a speech. */
const REPORTED = /(?:["”»]\s*,?\s*(?:he|she|they|the \p{Ll}+|\p{Lu}\p{Ll}+)\s+(?:said|says|added|noted|stressed|told|stated|explained)\b|\b(?:he|she|they)\s+(?:said|says|added|noted|stressed|told|stated|explained)\b)/u;

export interface AnnouncedBlock {
  kind: string;
  text: string;
  mentions: readonly Mention[] | undefined;
}

export interface AnnouncedSpeech {
  speaker: Person;
  /** Blocks [from, to) that are the speech. */
  from: number;
  to: number;
}

/** How far into a block an announcement is looked for. */
const ANNOUNCEMENT_REACH = 300;
/** How many opening blocks may hold the announcement and the page's furniture around it. */
const LEAD_BLOCKS = 10;

/**
 * `blocks` are the text's blocks before its first labelled turn (the title first, as block -1 is not
 * counted: pass it as `title`). Returns the speech's blocks and speaker, or null.
 */
export function findAnnouncedSpeech(
  title: { text: string; mentions: readonly Mention[] },
  blocks: readonly AnnouncedBlock[],
  registry: SpeakerRegistry,
  speaksLater: (person: Person) => boolean = () => false,
): AnnouncedSpeech | null {
  // The blocks of the lead that announce the text: the speech starts after the last of them.
  const announcing: number[] = [];
  for (let i = 0; i < Math.min(blocks.length, LEAD_BLOCKS); i++) {
    const b = blocks[i];
    if (b.kind === 'prose' || b.kind === 'heading' || b.kind === 'meta' || b.kind === 'place') {
      // An announcement is said early in its block: long paragraphs are read no further than their opening.
      const opening = b.text.length > ANNOUNCEMENT_REACH ? b.text.slice(0, ANNOUNCEMENT_REACH) : b.text;
      if (announces(opening) && !isSpeech(b.text)) announcing.push(i);
    }
  }
  const last = announcing.length ? announcing[announcing.length - 1] : -1;
  const titleAnnounces = announces(title.text.length > ANNOUNCEMENT_REACH ? title.text.slice(0, ANNOUNCEMENT_REACH) : title.text);
  if (last === -1 && !titleAnnounces) return null;

  // The speech: from the first prose block after the announcement that reads as a sentence (not a line of
  // furniture such as "Senate Commerce Committee" or a date), to the end.
  let from = last + 1;
  while (from < blocks.length && !opensSpeech(blocks[from])) from++;
  const body = blocks.slice(from).filter((b) => b.kind === 'prose' || isGreeting(b));
  if (!body.length) return null;
  const firstPerson = body.filter((b) => FIRST_PERSON.test(b.text)).length;
  const opensAsSpeech = GREETING.test(body[0].text) || FIRST_PERSON.test(body[0].text);
  if (body.filter((b) => REPORTED.test(b.text)).length * 4 > body.length) return null;
  // A speech printed as its text seldom holds quotation marks; an article about one is full of them.
  if (body.filter((b) => QUOTATION.test(b.text)).length * 3 > body.length) return null;
  // A host who says who they are ("Hey, I'm Kelly Marsh.") is named by their own words instead.
  if (SELF_INTRODUCTION.test(body[0].text.slice(0, 120))) return null;

  // Whom the announcement names: the latest announcing block first, then the title. Failing that, the
  // text's principal when the lead shows them giving a speech ("Prime Minister X gave a speech on AI.").
  const named = [...announcing.reverse().map((i) => blocks[i]), ...(titleAnnounces ? [title] : [])];
  // A bare "Transcript:" line names nobody: the lead that calls it a speech does ("X’s first speech as …").
  const described = [title, ...blocks.slice(0, Math.max(0, last))].filter((b) => SPEECH_NOUN.test(b.text));
  let speaker = speakerOf(named, registry) ?? speakerOf(described, registry);
  const principal = registry.principal;
  if (!speaker && principal && blocks.slice(0, from).some((b) => SPEECH_NOUN.test(b.text) && b.mentions?.some((m) => m.kind === 'name' && registry.findByName(m.nameTokens) === principal)))
    speaker = principal;
  if (!speaker || speaker.generic) return null;
  // The words must read as spoken: an opening greeting or first person, unless the announced speaker is the
  // briefer the transcript labels later ("Spokesperson Mao Ning’s Regular Press Conference": her
  // announcements open it before the first question).
  if (!opensAsSpeech && firstPerson * 3 < body.length && !speaksLater(speaker)) return null;
  return { speaker, from, to: blocks.length };
}

/** A sentence, or a greeting set as a line of its own ("Good afternoon"), not furniture ("Senate Commerce Committee"). */
function opensSpeech(b: AnnouncedBlock): boolean {
  return (b.kind === 'prose' && /\p{Ll}/u.test(b.text) && !/^[^.!?]*:$/.test(b.text)) || isGreeting(b);
}

/** A greeting on a line of its own, which block classification may take for a heading. */
export function isGreeting(b: { kind: string; text: string }): boolean {
  return (b.kind === 'prose' || b.kind === 'heading') && b.text.length < 60 && GREETING.test(b.text);
}

/** Words every announcement holds one of: a cheap test before the full patterns (most blocks have none). */
const ANNOUNCEMENT_WORD = /ranscript|eliver|text|ollowing|emarks|peech|tatement|ddress|essage|ecture|estimony|riefing|onference|TRANSCRIPT|TEXT|REMARKS|SPEECH|STATEMENT/;

function announces(text: string): boolean {
  return ANNOUNCEMENT_WORD.test(text) && (MARKER.test(text) || MARKER_LINE.test(text) || BRIEFING_TITLE.test(text));
}

/** An announcement is about the speech; a block that is itself speech ("I will read the text of …") is not one. */
function isSpeech(text: string): boolean {
  return GREETING.test(text) || /^(?:I|We)\b/.test(text);
}

/** The first person the announcing blocks name (a name the registry knows, or a full name). */
function speakerOf(blocks: readonly { text: string; mentions?: readonly Mention[] }[], registry: SpeakerRegistry): Person | null {
  for (const b of blocks) {
    for (const m of b.mentions ?? []) {
      if (m.kind !== 'name') continue;
      const known = registry.findByName(m.nameTokens);
      if (known && !known.generic) return known;
      if (m.nameTokens.length >= 2) return registry.addName(m.nameTokens);
    }
  }
  return null;
}

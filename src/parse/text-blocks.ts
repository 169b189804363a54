/** Splitting a text into blocks (paragraphs separated by blank lines) and telling what each block is. */

export function normalizeText(text: string): string {
  // Trailing blanks on each line are trimmed by splitBlocks. Most texts have neither a BOM nor a carriage
  // return: looking for one is much cheaper than a regex pass over the whole text.
  const bomless = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return bomless.includes('\r') ? bomless.replace(/\r\n?/g, '\n') : bomless;
}

/** Blocks of non-blank lines; each line keeps its inner spacing but loses leading and trailing blanks. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of normalizeText(text).split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(trimmed);
  }
  if (current.length) blocks.push(current);
  return blocks;
}

const COUNTER_LINE = /^[•·▪●◦∙*-]\s*[\d:.,]+\s*$/;
const CLUTTER_HEAD =
  /^(?:see also|related|related (?:news|articles|materials|links)|read also|read more|also read|share|print(?: version)?|tags?|photo(?: gallery)?|video|subscribe|advertisement|more on (?:this|the) topic)\s*:?$/i;
// "* * *", "---", "###", and a lone dash between parts of an article ("–").
const SEPARATOR = /^(?:(?:\*\s*){3,}|(?:[-–—_=~]\s*){3,}|(?:#\s*){3,}|[–—])$/;
const TIMESTAMP =
  /^(?:END\s+)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?|\d{1,2}\s*[ap]\.?m\.?|\d{1,2}:\d{2}(?::\d{2})?\s*[-–]\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*\(\s*\d*\s*(?:sec|s|min)\.?\))?)$/i;
/** A transcript service's tone tag under a speaker's name ("Somewhat Positive", "Neutral"). */
const TONE_TAG = /^(?:(?:very|somewhat|leans|slightly|strongly|mostly)\s+)?(?:positive|negative|neutral)$/i;
const STAGE_ONLY = /^[([](?:[^()[\]]{1,120})[)\]]$/;
const META_LINE = /^(?:volume|vol\.|column|col\.|hansard|page|item|agenda item|session|sitting|source|published|updated|posted|date)\b[^:]{0,40}:/i;

/** Web-Hansard furniture between a speaker's name and the speech: `- Hansard - - - Excerpts`. */
const HANSARD_CHROME = /^(?:[-–•|]\s*)*(?:Hansard|Excerpts)(?:[\s\-–•|]+(?:Hansard|Excerpts))*[\s\-–•|]*$|^[-–—\s]*Later in (?:the )?debate[-–—\s]*$/i;

export function isClutterBlock(lines: string[]): boolean {
  return lines.every((l) => COUNTER_LINE.test(l) || HANSARD_CHROME.test(l) || TONE_TAG.test(l)) || CLUTTER_HEAD.test(lines[0]) || isMarkupBlock(lines);
}

/** A line that is an HTML element copied as text (`<iframe src=… title="audio player">`). */
const MARKUP_LINE = /^(?:[•·▪*-]\s*)?<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/i;
/** A bullet with a word or two: a player's or a share bar's buttons (`• Download`, `• Transcript`). */
const BUTTON_LINE = /^[•·▪]\s*\S+(?:\s\S+)?$/;

/** A player or share bar copied with its markup: buttons and at least one HTML element, nothing else. */
function isMarkupBlock(lines: string[]): boolean {
  let markup = false;
  for (const l of lines) {
    if (MARKUP_LINE.test(l)) markup = true;
    else if (!BUTTON_LINE.test(l)) return false;
  }
  return markup;
}
export const isSeparatorLine = (line: string): boolean => SEPARATOR.test(line);
export const isTimestampLine = (line: string): boolean => TIMESTAMP.test(line);

/**
 * A time line or a tone tag (`00:00:07-00:00:31 (23 sec)`, `Somewhat Positive`): what a transcription service
 * sets between a speaker's name and the speech. Told by the first character before any pattern is tried.
 */
export function isStampOrTag(lines: string[]): boolean {
  const c = lines[0].charCodeAt(0) | 32;
  if (c >= 48 && c <= 57) return lines.every(isTimestampLine);
  // v, s, l, m, n, p: "Very", "Somewhat", "Leans", "Mostly", "Neutral", "Positive" …
  if (c === 118 || c === 115 || c === 108 || c === 109 || c === 110 || c === 112) return lines.every((l) => TONE_TAG.test(l));
  return false;
}
export const isStageDirectionBlock = (text: string): boolean => STAGE_ONLY.test(text.trim());
export const isMetaLine = (line: string): boolean => META_LINE.test(line);

/** A heading: one short line in title case, without the punctuation that ends a sentence. */
export function looksLikeHeading(lines: string[]): boolean {
  if (lines.length !== 1) return false;
  const line = lines[0];
  // A sentence ends it (a stage direction may follow: "I mean it. (Laughter.)"), or ends inside it: no heading.
  if (line.length > 90 || /[.!?:;,"“”«»][)\]]?$/.test(line) || /["“«]/.test(line) || /\p{Ll}[.!?]\s+\p{Lu}/u.test(line)) return false;
  if (line.split(/\s+/).length > 12) return false;
  if (!/^\p{Lu}/u.test(line)) return false;
  return !isTimestampLine(line);
}

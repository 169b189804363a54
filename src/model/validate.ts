// A namespace import, so the bundler can leave out what is not used (\`import { z }\` kept every locale: 760 KB
// and 37 ms to load at every start that reads the cache, now 200 KB and 20 ms). Not zod/mini: its objects are
// not compiled, and validating a cached library took three times as long.
import * as z from 'zod';
import { MODEL_VERSION, type Transcript } from './transcript.js';

/** YYYY-MM-DD naming a day of the calendar: not 2023-13-45, not 2023-02-30 (2024-02-29 is one). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a day of the calendar');

/*
 * The schema holds the shape and the types; the rules on values that repeat for every quote (ids not
 * empty, offsets whole numbers of 0 or more, confidence 0..1) are checked in validateTranscript's own
 * pass with the cross-references. Zod runs a plain object schema as compiled code, but each check on a
 * field (`.min(1)`, `.int()`) costs as much again per field: written as zod checks they made validating
 * the 100,000 quotes of a cached library four times slower, and every cache entry is validated on read.
 */
const offsetPair = z.tuple([z.number(), z.number()]);

const speakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
  unnamed: z.boolean().optional(),
  person: z.string().optional(),
});

const sectionSchema = z.object({ id: z.string(), title: z.string(), paragraphs: offsetPair });
const paragraphSchema = z.object({ id: z.string(), section: z.string(), text: z.string() });

const quoteSchema = z.object({
  id: z.string(),
  kind: z.enum(['direct', 'indirect', 'turn']),
  speaker: z.string().nullable(),
  paragraph: z.string(),
  text: z.string(),
  start: z.number(),
  end: z.number(),
  cue: z.string().nullable(),
  confidence: z.number(),
  insertions: z.array(offsetPair).optional(),
  evidence: offsetPair.optional(),
});

const transcriptSchema = z.object({
  version: z.literal(MODEL_VERSION),
  title: z.string(),
  date: dateSchema.nullable(),
  place: z.string().nullable(),
  source: z.string().nullable(),
  speakers: z.array(speakerSchema),
  sections: z.array(sectionSchema),
  paragraphs: z.array(paragraphSchema),
  quotes: z.array(quoteSchema),
});

export class TranscriptValidationError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'TranscriptValidationError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(root)';
}

const isWhole = (n: number) => Number.isInteger(n) && n >= 0;

function nonEmpty(value: string, field: string): void {
  if (!value) throw new TranscriptValidationError(field, 'expected a non-empty string');
}

function whole(value: number, field: string): void {
  if (!isWhole(value)) throw new TranscriptValidationError(field, `expected a whole number of 0 or more (got ${value})`);
}

/** The rules on values the schema leaves to this pass (see above the schema), in one loop per list. */
function checkValues(t: Transcript): void {
  t.speakers.forEach((s, i) => {
    nonEmpty(s.id, `speakers[${i}].id`);
    nonEmpty(s.name, `speakers[${i}].name`);
    if (s.person !== undefined) nonEmpty(s.person, `speakers[${i}].person`);
  });
  t.sections.forEach((s, i) => {
    nonEmpty(s.id, `sections[${i}].id`);
    whole(s.paragraphs[0], `sections[${i}].paragraphs[0]`);
    whole(s.paragraphs[1], `sections[${i}].paragraphs[1]`);
  });
  t.paragraphs.forEach((p, i) => {
    nonEmpty(p.id, `paragraphs[${i}].id`);
    nonEmpty(p.section, `paragraphs[${i}].section`);
  });
  t.quotes.forEach((q, i) => {
    nonEmpty(q.id, `quotes[${i}].id`);
    if (q.speaker !== null) nonEmpty(q.speaker, `quotes[${i}].speaker`);
    nonEmpty(q.paragraph, `quotes[${i}].paragraph`);
    whole(q.start, `quotes[${i}].start`);
    whole(q.end, `quotes[${i}].end`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) throw new TranscriptValidationError(`quotes[${i}].confidence`, `expected a number from 0 to 1 (got ${q.confidence})`);
    q.insertions?.forEach(([start, end], j) => {
      whole(start, `quotes[${i}].insertions[${j}][0]`);
      whole(end, `quotes[${i}].insertions[${j}][1]`);
    });
    if (q.evidence) {
      whole(q.evidence[0], `quotes[${i}].evidence[0]`);
      whole(q.evidence[1], `quotes[${i}].evidence[1]`);
    }
  });
}

/** The first id used twice in a list names the field: `quotes[7].id: "q3" is used twice (also quotes[2])`. */
function uniqueIds(items: readonly { id: string }[], field: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = seen.get(item.id);
    if (earlier !== undefined) throw new TranscriptValidationError(`${field}[${i}].id`, `"${item.id}" is used twice (also ${field}[${earlier}])`);
    seen.set(item.id, i);
  });
}

/**
 * Checks that a value is a version-1 transcript, shape and cross-references both.
 * Throws TranscriptValidationError naming the first bad field.
 */
export function validateTranscript(value: unknown): Transcript {
  const result = transcriptSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new TranscriptValidationError(fieldPath(issue.path), issue.message);
  }
  const t = result.data as Transcript;
  checkValues(t);
  const speakerIds = new Set(t.speakers.map((s) => s.id));
  const paragraphById = new Map(t.paragraphs.map((p) => [p.id, p]));
  const sectionIds = new Set(t.sections.map((s) => s.id));
  // Fewer keys than items: an id is used twice (the slower pass names where).
  if (speakerIds.size !== t.speakers.length) uniqueIds(t.speakers, 'speakers');
  if (sectionIds.size !== t.sections.length) uniqueIds(t.sections, 'sections');
  if (paragraphById.size !== t.paragraphs.length) uniqueIds(t.paragraphs, 'paragraphs');
  if (new Set(t.quotes.map((q) => q.id)).size !== t.quotes.length) uniqueIds(t.quotes, 'quotes');
  t.paragraphs.forEach((p, i) => {
    if (!sectionIds.has(p.section))
      throw new TranscriptValidationError(`paragraphs[${i}].section`, `unknown section "${p.section}"`);
  });
  // Each paragraph lies in exactly one section's range, and names that section. Linear: a paragraph claimed
  // twice stops the check at once.
  const sectionOfIndex: (string | undefined)[] = new Array(t.paragraphs.length);
  t.sections.forEach((s, i) => {
    const [first, last] = s.paragraphs;
    if (first > last) throw new TranscriptValidationError(`sections[${i}].paragraphs`, `range [${first}, ${last}] is reversed`);
    if (last >= t.paragraphs.length)
      throw new TranscriptValidationError(`sections[${i}].paragraphs`, `range [${first}, ${last}] is outside the paragraphs`);
    for (let p = first; p <= last; p++) {
      if (sectionOfIndex[p] !== undefined)
        throw new TranscriptValidationError(`sections[${i}].paragraphs`, `range [${first}, ${last}] overlaps section "${sectionOfIndex[p]}" at paragraph ${p}`);
      sectionOfIndex[p] = s.id;
    }
  });
  t.paragraphs.forEach((p, i) => {
    if (p.section !== sectionOfIndex[i])
      throw new TranscriptValidationError(
        `paragraphs[${i}].section`,
        sectionOfIndex[i] === undefined ? `"${p.section}", but no section's range holds paragraph ${i}` : `"${p.section}", but the section ranges put paragraph ${i} in "${sectionOfIndex[i]}"`,
      );
  });
  t.quotes.forEach((q, i) => {
    if (q.speaker !== null && !speakerIds.has(q.speaker))
      throw new TranscriptValidationError(`quotes[${i}].speaker`, `unknown speaker "${q.speaker}"`);
    const paragraph = paragraphById.get(q.paragraph);
    if (!paragraph) throw new TranscriptValidationError(`quotes[${i}].paragraph`, `unknown paragraph "${q.paragraph}"`);
    if (q.end < q.start || q.end > paragraph.text.length || paragraph.text.slice(q.start, q.end) !== q.text)
      throw new TranscriptValidationError(`quotes[${i}].text`, 'does not match paragraph text at start..end');
    q.insertions?.forEach(([start, end], j) => {
      if (start > end) throw new TranscriptValidationError(`quotes[${i}].insertions[${j}]`, `[${start}, ${end}] is reversed`);
      if (end > q.text.length) throw new TranscriptValidationError(`quotes[${i}].insertions[${j}]`, `[${start}, ${end}] is outside the quote's text (${q.text.length} characters)`);
    });
    if (q.evidence && (q.evidence[0] > q.evidence[1] || q.evidence[1] > paragraph.text.length))
      throw new TranscriptValidationError(`quotes[${i}].evidence`, `[${q.evidence[0]}, ${q.evidence[1]}] is reversed or outside the paragraph's text`);
  });
  return t;
}

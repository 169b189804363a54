import { z } from 'zod';
import { MODEL_VERSION, type Transcript } from './transcript.js';

const id = z.string().min(1);
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
const offsetPair = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

const speakerSchema = z.object({
  id,
  name: z.string().min(1),
  role: z.string().nullable(),
  aliases: z.array(z.string()),
  unnamed: z.boolean().optional(),
  person: z.string().min(1).optional(),
});

const sectionSchema = z.object({ id, title: z.string(), paragraphs: offsetPair });
const paragraphSchema = z.object({ id, section: id, text: z.string() });

const quoteSchema = z.object({
  id,
  kind: z.enum(['direct', 'indirect', 'turn']),
  speaker: id.nullable(),
  paragraph: id,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  cue: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  insertions: z.array(offsetPair).optional(),
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
  uniqueIds(t.speakers, 'speakers');
  uniqueIds(t.sections, 'sections');
  uniqueIds(t.paragraphs, 'paragraphs');
  uniqueIds(t.quotes, 'quotes');
  const speakerIds = new Set(t.speakers.map((s) => s.id));
  const paragraphById = new Map(t.paragraphs.map((p) => [p.id, p]));
  const sectionIds = new Set(t.sections.map((s) => s.id));
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
  });
  return t;
}

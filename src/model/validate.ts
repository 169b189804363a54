import { z } from 'zod';
import { MODEL_VERSION, type Transcript } from './transcript.js';

const id = z.string().min(1);
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
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
  const speakerIds = new Set(t.speakers.map((s) => s.id));
  const paragraphById = new Map(t.paragraphs.map((p) => [p.id, p]));
  const sectionIds = new Set(t.sections.map((s) => s.id));
  t.paragraphs.forEach((p, i) => {
    if (!sectionIds.has(p.section))
      throw new TranscriptValidationError(`paragraphs[${i}].section`, `unknown section "${p.section}"`);
  });
  t.sections.forEach((s, i) => {
    const [first, last] = s.paragraphs;
    if (first > last || last >= t.paragraphs.length)
      throw new TranscriptValidationError(`sections[${i}].paragraphs`, `range [${first}, ${last}] is outside the paragraphs`);
  });
  t.quotes.forEach((q, i) => {
    if (q.speaker !== null && !speakerIds.has(q.speaker))
      throw new TranscriptValidationError(`quotes[${i}].speaker`, `unknown speaker "${q.speaker}"`);
    const paragraph = paragraphById.get(q.paragraph);
    if (!paragraph) throw new TranscriptValidationError(`quotes[${i}].paragraph`, `unknown paragraph "${q.paragraph}"`);
    if (q.end < q.start || q.end > paragraph.text.length || paragraph.text.slice(q.start, q.end) !== q.text)
      throw new TranscriptValidationError(`quotes[${i}].text`, 'does not match paragraph text at start..end');
  });
  return t;
}

import * as z from 'zod';
import type { Transcript } from './transcript.js';
import { dateSchema, TranscriptValidationError } from './validate.js';

/**
 * Facts about a transcript that its text may not state (the bundled article names no year and no city),
 * kept in a sidecar file `NAME.meta.json` next to `NAME.txt`. Present fields override the parsed ones.
 */
export interface TranscriptMetadata {
  title?: string;
  date?: string | null;
  place?: string | null;
  source?: string | null;
}

const metadataSchema = z
  .object({
    title: z.string().min(1).optional(),
    date: dateSchema.nullable().optional(),
    place: z.string().nullable().optional(),
    source: z.string().nullable().optional(),
  })
  .strict();

export function parseMetadata(value: unknown): TranscriptMetadata {
  const result = metadataSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue.path.map(String).join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
    throw new TranscriptValidationError(field, issue.message);
  }
  return result.data;
}

export function withMetadata(transcript: Transcript, metadata: TranscriptMetadata): Transcript {
  const out = { ...transcript };
  for (const key of ['title', 'date', 'place', 'source'] as const) {
    const value = metadata[key];
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

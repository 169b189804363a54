import { MODEL_VERSION, type Transcript } from '../model/transcript.js';

export interface ParseOptions {
  source?: string | null;
}

/** TEMPORARY stub: paragraphs and title only. The real sieve parser replaces this. */
export function parseTranscript(text: string, options: ParseOptions = {}): Transcript {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
  const paragraphs = blocks.slice(1).map((b, i) => ({ id: `p${i + 1}`, section: 's1', text: b }));
  return {
    version: MODEL_VERSION,
    title: blocks[0] ?? '',
    date: null,
    place: null,
    source: options.source ?? null,
    speakers: [],
    sections: paragraphs.length ? [{ id: 's1', title: blocks[0] ?? '', paragraphs: [0, paragraphs.length - 1] }] : [],
    paragraphs,
    quotes: [],
  };
}

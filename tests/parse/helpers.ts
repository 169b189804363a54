import { parseTranscript } from '../../src/parse/index.js';
import type { Quote, Transcript } from '../../src/model/transcript.js';

export function parse(text: string): Transcript {
  return parseTranscript(text);
}

/** The speaker's name for a quote, or null. */
export function speakerName(t: Transcript, q: Quote): string | null {
  return t.speakers.find((s) => s.id === q.speaker)?.name ?? null;
}

/** [speaker name, quote text] for the quotes of a kind. */
export function pairs(t: Transcript, kind: Quote['kind'] = 'direct'): [string | null, string][] {
  return t.quotes.filter((q) => q.kind === kind).map((q) => [speakerName(t, q), q.text]);
}

export function quoteStarting(t: Transcript, prefix: string): Quote {
  const q = t.quotes.find((x) => x.text.startsWith(prefix));
  if (!q) throw new Error(`no quote starts with ${JSON.stringify(prefix)}; have:\n${t.quotes.map((x) => x.text.slice(0, 50)).join('\n')}`);
  return q;
}

export function saidBy(t: Transcript, prefix: string): string | null {
  return speakerName(t, quoteStarting(t, prefix));
}

import { citedSpeaker, quoteWording } from '../model/quote-wording.js';
import type { Doc } from './document.js';

/**
 * The text `y` copies: the quote's words, then a citation line (speaker, title, date). Direct quotes and
 * turns are in quotation marks; reported speech is not, and says so (`X said (reported speech) that …`).
 * An uncertain attribution (model/confidence.ts) is marked in the citation: `— X (attribution uncertain), …`.
 */
export function citationText(doc: Doc, quoteIndex: number): string {
  const q = doc.quotes[quoteIndex];
  const name = q.speakerIndex >= 0 ? doc.speakers[q.speakerIndex].name : null;
  const parts = [citedSpeaker(q.quote, name), doc.title, doc.date].filter((p): p is string => !!p);
  return `${quoteWording(q.quote, q.text, name)}\n— ${parts.join(', ')}`;
}

import type { Doc } from './document.js';

/** The text `y` copies: the quote, then a citation line (speaker, title, date). */
export function citationText(doc: Doc, quoteIndex: number): string {
  const q = doc.quotes[quoteIndex];
  const speaker = q.speakerIndex >= 0 ? doc.speakers[q.speakerIndex].name : 'Unattributed';
  const parts = [speaker, doc.title, doc.date].filter((p): p is string => !!p);
  return `“${q.text}”\n— ${parts.join(', ')}`;
}

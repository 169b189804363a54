/**
 * The words of a search index in a compact binary form, so that a one-shot `parley search` over a large
 * library reads them instead of tokenising every quote again (tokenising 100k quotes is most of building
 * the index). Pure: the caller stores the bytes (src/load/cache.ts) and decides when they are still
 * valid (`digest`, made from the files' sizes, mtimes and the parser version).
 *
 *   "PARLEY-WORDS 3\n", u32 header length, header JSON {digest, docs, vocabulary}, padding to 4 bytes,
 *   u32 × docs: where each document's words end (quotes, then narration), u32 × words: vocabulary ids, all documents in order,
 *   u32 × vocabulary: where each word's postings end, u32 × postings: documents holding each word.
 */

export interface IndexWords {
  /** The distinct folded words; ids index this list. */
  vocabulary: string[];
  /** Per document (quote, in index order): the end of its ids in `ids`. */
  docEnds: Uint32Array;
  ids: Uint32Array;
  /** Per vocabulary word: the end of its postings (documents holding it, in order) in `postings`. */
  postingEnds: Uint32Array;
  postings: Uint32Array;
}

const MAGIC = 'PARLEY-WORDS 3\n';

export function encodeWords(words: IndexWords, digest: string): Buffer {
  const header = Buffer.from(JSON.stringify({ digest, docs: words.docEnds.length, vocabulary: words.vocabulary }));
  const magic = Buffer.from(MAGIC);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const before = magic.length + 4 + header.length;
  const padding = Buffer.alloc((4 - (before % 4)) % 4);
  const bytes = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([magic, length, header, padding, bytes(words.docEnds), bytes(words.ids), bytes(words.postingEnds), bytes(words.postings)]);
}

/** The words, or null when the bytes are not a whole pack made for `digest` (any damage is a miss). */
export function decodeWords(bytes: Buffer, digest: string): IndexWords | null {
  try {
    if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return null;
    const length = bytes.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4;
    const header = JSON.parse(bytes.toString('utf8', start, start + length)) as { digest: string; docs: number; vocabulary: string[] };
    if (header.digest !== digest || !Array.isArray(header.vocabulary) || !Number.isInteger(header.docs)) return null;
    let at = start + length;
    at += (4 - (at % 4)) % 4;
    const copy = (count: number) => {
      if (at + count * 4 > bytes.length) throw new Error('truncated');
      const out = new Uint32Array(count);
      Buffer.from(out.buffer).set(bytes.subarray(at, at + count * 4));
      at += count * 4;
      return out;
    };
    const docEnds = copy(header.docs);
    const total = header.docs ? docEnds[header.docs - 1] : 0;
    const ids = copy(total);
    const size = header.vocabulary.length;
    const postingEnds = copy(size);
    const postings = copy(size ? postingEnds[size - 1] : 0);
    if (at !== bytes.length) return null;
    const ascending = (a: Uint32Array) => a.every((v, i) => i === 0 || v >= a[i - 1]);
    if (!ascending(docEnds) || !ascending(postingEnds)) return null;
    for (let i = 0; i < ids.length; i++) if (ids[i] >= size) return null;
    for (let i = 0; i < postings.length; i++) if (postings[i] >= header.docs) return null;
    return { vocabulary: header.vocabulary, docEnds, ids, postingEnds, postings };
  } catch {
    return null;
  }
}

import { describe, expect, it } from 'vitest';
import { createSearchIndex } from '../../src/search/index.js';
import { decodeWords, encodeWords } from '../../src/search/pack.js';
import { bundled, transcriptOf } from './helpers.js';

describe('the words pack', () => {
  const transcripts = [bundled(), transcriptOf([{ speaker: 'putin', text: 'The ferry will run all winter.' }, { speaker: 'lukashenko', text: 'Ferries, tangos and pre-sanctions.' }])];
  const fresh = createSearchIndex(transcripts);
  const bytes = encodeWords(fresh.words!(), 'digest-1');

  it('gives an index with the same results as tokenising the quotes', () => {
    const packed = createSearchIndex(transcripts, { words: decodeWords(bytes, 'digest-1') });
    expect(packed.fromPack).toBe(true);
    expect(fresh.fromPack).toBe(false);
    for (const query of ['tango', 'tnago putin', 'ferry winter', '@lukashenko ferries', "'tango !dance", 'pre-sanctions', 'we will not', 'the']) {
      expect(packed.search(query, { limit: 10 }), query).toEqual(fresh.search(query, { limit: 10 }));
    }
  });

  it('is refused for another digest, and when damaged in any way', () => {
    expect(decodeWords(bytes, 'digest-2')).toBeNull();
    expect(decodeWords(bytes.subarray(0, bytes.length - 4), 'digest-1')).toBeNull();
    expect(decodeWords(Buffer.concat([bytes, Buffer.alloc(4)]), 'digest-1')).toBeNull();
    expect(decodeWords(Buffer.from('PARLEY-WORDS 2\n{'), 'digest-1')).toBeNull();
    expect(decodeWords(Buffer.alloc(0), 'digest-1')).toBeNull();
    const wrongId = Buffer.from(bytes);
    wrongId.writeUInt32LE(0xffffffff, wrongId.length - 4);
    expect(decodeWords(wrongId, 'digest-1')).toBeNull();
  });

  it('is ignored when it does not fit the transcripts', () => {
    const other = createSearchIndex([transcripts[1]], { words: decodeWords(bytes, 'digest-1') });
    expect(other.fromPack).toBe(false);
    expect(other.search('ferry')).toEqual(createSearchIndex([transcripts[1]]).search('ferry'));
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTranscript, PARSER_VERSION } from '../../src/parse/index.js';

// Caches of parsed transcripts are keyed by PARSER_VERSION. This fingerprint of the parser's output over
// every fixture changes whenever parsing does: when this test fails, bump PARSER_VERSION in
// src/parse/version.ts and record the new pair here, so no cache serves an old parse.
const RECORDED = { version: '1.6.0', fingerprint: '981fc7b49f7c6363' };

function fingerprint(): string {
  const hash = createHash('sha256');
  // A fixed list: adding a fixture elsewhere must not look like a parser change.
  const texts = [
    '../../data/000_b7a3f8f331ca27dc.txt',
    ...['agency-article', 'governors-article', 'interview', 'kremlin-article', 'ministers', 'press-conference', 'security-article'].map((n) => `../fixtures/${n}.txt`),
    ...['article-guillemets', 'briefing', 'debate', 'kremlin-style', 'townhall', 'tv-style'].map((n) => `../fixtures/examples/${n}.txt`),
    // And the development set's texts (fixed too: its own folder), which reach far more of the parser.
    ...['articles', 'transcripts'].flatMap((d) =>
      readdirSync(new URL(`../../scripts/devset/${d}/`, import.meta.url))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => `../../scripts/devset/${d}/${f}`),
    ),
  ].map((rel) => new URL(rel, import.meta.url));
  for (const file of texts) hash.update(JSON.stringify(parseTranscript(readFileSync(file, 'utf8'))));
  return hash.digest('hex').slice(0, 16);
}

describe('the parser version', () => {
  it('changes whenever the parser’s output does', () => {
    expect({ version: PARSER_VERSION, fingerprint: fingerprint() }).toEqual(RECORDED);
  });
});

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMetadata, withMetadata } from '../src/model/metadata.js';
import { validateTranscript } from '../src/model/validate.js';
import { parseTranscript } from '../src/parse/index.js';

const read = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url));

describe('the bundled transcript in data/', () => {
  it('keeps the seed text byte for byte', () => {
    const bytes = read('000_b7a3f8f331ca27dc.txt');
    expect(bytes.length).toBe(8904);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('6fae8d02ac03ba09b2e1b85226e27cfef40cf76c55f3545b3d6da1b5df048ac5');
  });

  it('has a parsed JSON that is valid and not stale (regenerate with `npm run data`)', () => {
    const json = JSON.parse(read('000_b7a3f8f331ca27dc.json').toString('utf8'));
    const text = read('000_b7a3f8f331ca27dc.txt').toString('utf8');
    const meta = parseMetadata(JSON.parse(read('000_b7a3f8f331ca27dc.meta.json').toString('utf8')));
    expect(validateTranscript(json)).toEqual(withMetadata(parseTranscript(text), meta));
  });

  it('carries the date and place the article does not state', () => {
    const json = JSON.parse(read('000_b7a3f8f331ca27dc.json').toString('utf8'));
    expect(json.date).toBe('2023-09-15');
    expect(json.place).toBe('Sochi');
    expect(json.source).toMatch(/\S/);
  });
});

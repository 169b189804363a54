import { describe, expect, it } from 'vitest';
import { parley } from './helpers.js';

describe('parley search: narration and closest results', () => {
  it('finds narration, marks it [narration] and names the quote it leads to', () => {
    const r = parley(['search', 'wester sanctions', '-n', '1']);
    expect(r.status).toBe(0);
    const [head, paragraph, lead] = r.stdout.split('\n');
    expect(head).toMatch(/^Vladimir Putin — .* — paragraph \d+ \[narration\]$/);
    expect(paragraph).toMatch(/made a few remarks about the sanctions introduced by Western countries/);
    expect(lead).toMatch(/^ {2}→ European companies/);
  });

  it('--json says where the words are: in, with the paragraph for narration, and complete', () => {
    const [hit] = JSON.parse(parley(['search', 'wester sanctions', '--json', '-n', '1']).stdout);
    expect(hit.in).toBe('narration');
    expect(hit.complete).toBe(true);
    expect(hit.matches.map(([s, e]: [number, number]) => hit.paragraph.slice(s, e))).toEqual(['sanctions', 'Western']);
    expect(hit.quote.text).toMatch(/^European companies/);
    const [quoteHit] = JSON.parse(parley(['search', 'how to tango', '--json', '-n', '1']).stdout);
    expect(quoteHit.in).toBe('quote');
    expect(quoteHit).not.toHaveProperty('paragraph');
  });

  it('shows the closest results when none holds every word, says so on stderr, exits 0', () => {
    const r = parley(['search', 'tnago zeppelin', '-n', '3']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('parley: no result has every word; closest matches\n');
    expect(r.stdout).toMatch(/tango/i);
    const json = JSON.parse(parley(['search', 'tnago zeppelin', '--json']).stdout);
    expect(json.length).toBeGreaterThan(0);
    expect(json.every((h: { complete: boolean }) => !h.complete)).toBe(true);
  });

  it('says nothing extra when every word is found', () => {
    expect(parley(['search', 'how to tango', '-n', '1']).stderr).toBe('');
  });
});

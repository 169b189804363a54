import { describe, expect, it } from 'vitest';
import { parse, saidBy } from './helpers.js';

// Constructions met on real pages (a ninth set and the errors left at high confidence in sets 1-8), written
// again with invented people, places and wording.

describe('transcripts: archive pages of presidential remarks', () => {
  const page = (picture: string): string =>
    [
      picture,
      'Remarks at the Reopening of the Harbour Pavilion',
      'March 4, 1983',
      'Mr. Tolland. It is good to be back in this room. I was told to say a few words and no more.',
      'Reporters. Welcome back, Ned. We missed the coffee.',
      'Mr. Tolland. The coffee missed you too. [Laughter]',
      '[At this point, the President and Mrs. Arden entered the room.]',
      'The President. Well, the place looks grander than I remember. Let me welcome you all home.',
      'Mr. Tolland. Thank you, sir.',
    ].join('\n\n');

  it('gives "The President." to the president the page pictures above its title, not to a speaker named "President"', () => {
    const t = parse(page('Walter Arden photo'));
    expect(saidBy(t, 'Well, the place looks grander')).toBe('Walter Arden');
    expect(t.title).toBe('Remarks at the Reopening of the Harbour Pavilion');
    const president = t.quotes.find((q) => q.text.startsWith('Well, the place'))!;
    expect(president.confidence).toBeLessThan(0.9);
  });

  it('keeps a bare role label when nothing pictures or names its holder', () => {
    const t = parse(page('Harbour Pavilion Archive'));
    const speaker = t.speakers.find((s) => s.id === t.quotes.find((q) => q.text.startsWith('Well, the place'))!.speaker);
    expect(speaker?.name).not.toBe('Walter Arden');
  });

  it('reads "Reporters." as the room speaking, not as words of the turn before', () => {
    const t = parse(page('Walter Arden photo'));
    const q = t.quotes.find((x) => x.text.startsWith('Welcome back, Ned'))!;
    expect(q).toBeDefined();
    expect(t.speakers.find((s) => s.id === q.speaker)?.unnamed).toBe(true);
    expect(saidBy(t, 'It is good to be back')).toBe('Mr. Tolland');
  });
});

import { describe, expect, it } from 'vitest';
import { parse, quoteStarting, saidBy } from './helpers.js';

// Constructions met on real pages (a fifth set, scored before any rule was tuned on it), written again with
// invented people, places and wording.

describe('transcripts: one speech under one label', () => {
  it('takes a single full label with a role, then first-person paragraphs, as a transcript of one turn', () => {
    const t = parse(
      [
        'Meeting with the regional governors',
        'March 4, 2025, Velgrad',
        'The President held a meeting on the spring floods.',
        '* * *',
        'President of Veloria Irina Valk: Good afternoon, colleagues,',
        'I will begin with the dams on the Tarnova, which we inspected last week.',
        'We need a clear plan for every district before the thaw.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Good afternoon, colleagues')).toBe('Irina Valk');
    expect(quoteStarting(t, 'I will begin with the dams').kind).toBe('turn');
    expect(saidBy(t, 'We need a clear plan')).toBe('Irina Valk');
  });

  it('does not take a lone "Something Something:" line or a quoted headline-style label as a speech', () => {
    const t = parse(
      [
        'Weekly digest',
        'Social Media Profiles:',
        'Harlan after the cabinet meeting: We have finalized the budget',
        'Minister Petra Harlan said the budget was ready, and we reported it first.',
      ].join('\n\n'),
    );
    expect(t.quotes.some((q) => q.kind === 'turn')).toBe(false);
    const quoted = parse(['Weekly digest', 'Irina Valk: “We will rebuild every bridge,” she told us.', 'The bridges were closed in May.'].join('\n\n'));
    expect(quoted.quotes.some((q) => q.kind === 'turn')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../src/parse/index.js';

// Every stage of parsing is linear (or n log n) in its input. Growth is tested by ratio in one process: four
// times the input may take at most ten times as long (a quadratic stage takes sixteen; linear ones measure
// 2–5 here), each size timed as the best of five runs after a warm-up in CPU time (so other processes on a
// busy machine do not count), the smaller input big enough (tens of milliseconds) to time.
function growth(make: (n: number) => string, n: number): number {
  const best = (text: string): number => {
    let ms = Infinity;
    for (let i = 0; i < 5; i++) {
      // CPU time of this process, not the clock: other processes on a busy machine do not count.
      const t0 = process.cpuUsage();
      parseTranscript(text);
      const used = process.cpuUsage(t0);
      ms = Math.min(ms, (used.user + used.system) / 1000);
    }
    return ms;
  };
  const small = make(n);
  const large = make(4 * n);
  parseTranscript(small);
  return best(large) / Math.max(best(small), 1);
}

/** The i-th of many distinct capitalised surnames: seven letters from a scrambled counter. */
function surname(i: number): string {
  let x = (i * 2654435761) >>> 0;
  let word = '';
  for (let k = 0; k < 7; k++) {
    word += String.fromCharCode(97 + (x % 26));
    x = Math.floor(x / 26) + k * 7919;
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const SHAPES: [string, (n: number) => string, number][] = [
  ['many one-line paragraphs', (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i} is about the harvest.`).join('\n\n'), 8000],
  ['one long line with no full stop', (n) => `Title\n\n${Array.from({ length: n }, (_, i) => `the minister said that harvest ${i} was good and he noted that prices rose`).join(' ')}`, 10000],
  ['one paragraph of many quoted sentences', (n) => `Title\n\n${Array.from({ length: n }, (_, i) => `“Harvest ${i} was good,” the minister said. He added that prices “rose again”.`).join(' ')}`, 4000],
  ['a transcript of many turns on consecutive lines', (n) => `Briefing\n\n${Array.from({ length: n }, (_, i) => (i % 2 ? `Q    Question ${i}?` : `MS. LANE:  Answer ${i}.`)).join('\n')}`, 8000],
  ['one paragraph of sources and documents', (n) => `Title\n\nAccording to the minister, the plan holds. ${Array.from({ length: n }, (_, i) => `A statement issued by the Varsk Ministry said the plan ${i} holds. “It holds,” the statement added.`).join(' ')}`, 3000],
  ['one sentence of many quotes', (n) => `Title\n\nThe minister listed ${Array.from({ length: n }, (_, i) => `“item ${i},” `).join('and ')}without a stop`, 4000],
  ['many different bodies quoted by their names', (n) => `Statements\n\n${Array.from({ length: n }, (_, i) => `“Item ${i} is ready,” Corpa${i} said, and the ministry said so too.`).join('\n\n')}`, 3000],
  ['a speech announced as its words alone', (n) => `Remarks of Governor Ana Roth -- As Prepared for Delivery\n\n${Array.from({ length: n }, (_, i) => `I want to speak about harbour ${i}. We will rebuild it.`).join('\n\n')}`, 8000],
  // Surnames of seven letters spread over the alphabet (like real ones, seldom a letter apart); most quotes
  // from people already named, so that each costs little and a quadratic stage shows.
  ['a turn quoting many people by name', (n) => `Briefing\n\nQ    How did it go?\n\nMS. LANE:  ${Array.from({ length: n }, (_, i) => `Minister Ivo ${surname(i % 50)} said, “We are ready ${i}.”`).join('  ')}\n\nQ    Thanks.`, 4000],
  ['many speakers named on lines of their own', (n) => `Debate\n\n${Array.from({ length: n }, (_, i) => `Lord Member${i} of Town${i} (Con)\n\nMy Lords, point ${i}.`).join('\n\n')}`, 2500],
  // A label the turns start with, and one line that is a long run of spaces (where a lost line break is looked for).
  ['a long run of spaces in a transcript', (n) => `Interview\n\nJOHN SMITH: Hi.\n\nBOB: ok${' '.repeat(n)}x.\n\nJOHN SMITH: Bye.`, 20000],
];

describe('parsing grows linearly with its input', () => {
  for (const [name, make, n] of SHAPES) {
    it(`${name}: four times the input, at most ten times the time`, () => {
      // A quadratic stage fails every try; a pause of the machine (a collection, another process) only one.
      let ratio = growth(make, n);
      for (let attempt = 1; attempt < 3 && ratio >= 10; attempt++) ratio = Math.min(ratio, growth(make, n));
      expect(ratio).toBeLessThan(10);
    }, 120_000);
  }
});

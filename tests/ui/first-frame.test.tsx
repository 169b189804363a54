import { afterEach, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { docFor } from '../../src/ui/document.js';
import { firstFrame } from '../../src/ui/first-frame.js';
import { makeTranscript, summit } from './fixtures.js';
import { mount } from './helpers.js';

afterEach(() => cleanup());

const plain = (text: string) =>
  text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n');

const bare = makeTranscript({ speakers: [], sections: [{ title: 'All', paragraphs: ['Only prose here.'] }] });

for (const [columns, rows] of [
  [48, 14],
  [100, 24],
  [140, 40],
] as const) {
  for (const [name, transcript] of [
    ['summit', summit],
    ['no quotes', bare],
  ] as const) {
    test(`the frame drawn before Ink loads is the app's first frame (${name}, ${columns}×${rows})`, () => {
      const { frame } = mount({ transcripts: [transcript], size: { columns, rows } });
      const early = firstFrame(docFor(transcript), { columns, rows, color: false });
      expect(plain(early)).toBe(plain(frame()));
    });
  }
}

test('with colour it uses only SGR codes of the 16-colour palette; without, none but bold/italic/underline/reverse', () => {
  const coloured = firstFrame(docFor(summit), { columns: 100, rows: 24, color: true });
  const codes = new Set([...coloured.matchAll(/\u001b\[([0-9;]*)m/g)].flatMap((m) => m[1].split(';').map(Number)));
  for (const c of codes) expect([0, 1, 2, 3, 4, 7, 31, 32, 33, 34, 35, 36, 90, 91, 92, 93, 94, 95, 96]).toContain(c);
  expect(coloured).not.toMatch(/\u001b\[[^m]*[^0-9;m]/);
  const mono = firstFrame(docFor(summit), { columns: 100, rows: 24, color: false });
  const monoCodes = new Set([...mono.matchAll(/\u001b\[([0-9;]*)m/g)].flatMap((m) => m[1].split(';').map(Number)));
  for (const c of monoCodes) expect([0, 1, 3, 4, 7]).toContain(c);
});

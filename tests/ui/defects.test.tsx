/** Defects seen in the reader (issue 11): `]` past a section without quotes, the side pane's marker, wrapping at hyphens, the gutter. */
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { makeTranscript } from './fixtures.js';
import { KEYS, mount, position } from './helpers.js';

afterEach(() => cleanup());

const line = (frame: string, text: string) => frame.split('\n').find((l) => l.includes(text)) ?? '';

// Four short sections, the second and the last without any quote: the whole text fits on one screen, so
// a section's heading can never reach the top row.
const quiet = makeTranscript({
  speakers: [{ id: 'putin', name: 'Vladimir Putin' }],
  sections: [
    { title: 'Alpha', paragraphs: ['Putin said: “[[putin:direct|One.]]”'] },
    { title: 'Quiet interlude', paragraphs: ['Nobody spoke here.'] },
    { title: 'Gamma', paragraphs: ['Putin said: “[[putin:direct|Three.]]”'] },
    { title: 'Silent end', paragraphs: ['The end, without a word quoted.'] },
  ],
});

describe('] and [ over sections without quotes', () => {
  test('] goes through a section with no quotes to the ones after it, then wraps to the first', async () => {
    const { press, frame, footer } = mount({ transcripts: [quiet], size: { columns: 120, rows: 24 } });
    expect(frame()).toContain('▸1. Alpha');
    await press(']');
    expect(frame()).toContain('▸2. Quiet interlude');
    await press(']');
    expect(frame()).toContain('▸3. Gamma');
    expect(position(footer())).toBe('2/2');
    await press(']');
    expect(frame()).toContain('▸4. Silent end');
    await press(']');
    expect(frame()).toContain('▸1. Alpha');
    expect(footer()).toContain('back to the first section');
  });

  test('[ goes back the same way and wraps from the first to the last', async () => {
    const { press, frame, footer } = mount({ transcripts: [quiet], size: { columns: 120, rows: 24 } });
    await press('[');
    expect(frame()).toContain('▸4. Silent end');
    expect(footer()).toContain('on to the last section');
    await press('[', '[');
    expect(frame()).toContain('▸2. Quiet interlude');
    await press('[');
    expect(frame()).toContain('▸1. Alpha');
  });

  test('the sections pane wraps the same way: k on the first entry selects the last', async () => {
    const { press, frame } = mount({ transcripts: [quiet], size: { columns: 120, rows: 24 } });
    await press(KEYS.tab, 'k', KEYS.enter);
    expect(frame()).toContain('▸4. Silent end');
  });
});

describe('the side pane and the reader', () => {
  test('the focused sections list shows one marker on the current section, never `›▸`', async () => {
    const { press, frame } = mount({ transcripts: [quiet], size: { columns: 120, rows: 24 } });
    await press(KEYS.tab);
    expect(frame()).not.toContain('›▸');
    expect(line(frame(), '1. Alpha')).toMatch(/›1\. Alpha/);
    await press('j');
    // The selection moved on; the current section keeps its own marker.
    expect(line(frame(), '2. Quiet interlude')).toMatch(/›2\. Quiet/);
    expect(line(frame(), '1. Alpha')).toMatch(/▸1\. Alpha/);
  });

  test('a long hyphenated word breaks after a hyphen, not in the middle of a part', async () => {
    const hyphens = makeTranscript({
      speakers: [{ id: 'luka', name: 'Aleksandr Lukashenko' }],
      sections: [{ title: 'All', paragraphs: ['[[luka:direct|We will reach the pre-sanctions-and-post-pandemic-recovery-level soon.]]'] }],
    });
    const { frame } = mount({ transcripts: [hyphens], size: { columns: 48, rows: 14 } });
    const text = frame();
    // Every row of the word ends at a hyphen or the word's end; no part is cut.
    for (const part of ['pre-', 'sanctions-', 'and-', 'post-', 'pandemic-', 'recovery-', 'level']) expect(text).toContain(part);
    expect(text).toMatch(/-\s*\n/);
  });

  test('the gutter does not repeat a name the row already gives before the quote', async () => {
    const mid = makeTranscript({
      speakers: [{ id: 'luka', name: 'Aleksandr Lukashenko' }, { id: 'putin', name: 'Vladimir Putin' }],
      sections: [
        {
          title: 'All',
          paragraphs: ['Lukashenko remarked that [[luka:indirect|officials had done a good job]].', 'He added that [[luka:indirect|the tasks were done]].', '[[putin:direct|Thank you.]]'],
        },
      ],
    });
    const { frame } = mount({ transcripts: [mid], size: { columns: 100, rows: 14 } });
    expect(line(frame(), 'remarked that')).not.toMatch(/Lukashenko\s+Lukashenko remarked/);
    expect((line(frame(), 'remarked that').split('│').at(-1) ?? '').trimStart()).toMatch(/^Lukashenko remarked/);
    // Where the narration does not name the speaker, the gutter still does.
    expect(line(frame(), 'He added that')).toMatch(/Lukashenko\s+He added that/);
    expect(line(frame(), 'Thank you.')).toMatch(/Putin\s+Thank you\./);
  });
});

test('the side pane shows a speaker’s clean name, not a raw label', async () => {
  const raw = makeTranscript({
    speakers: [{ id: 'ed', name: 'Edward Miliband (Doncaster North) (Lab)' }],
    sections: [{ title: 'Questions', paragraphs: ['[[ed:turn|What steps is the Government taking?]]'] }],
  });
  const { frame } = mount({ transcripts: [raw], size: { columns: 120, rows: 24 } });
  expect(frame()).toContain('Edward Miliband 1q');
  expect(frame()).not.toContain('Doncaster');
});

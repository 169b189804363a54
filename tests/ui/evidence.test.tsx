import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Transcript } from '../../src/model/transcript.js';
import { KEYS, mount } from './helpers.js';
import { makeTranscript, summit } from './fixtures.js';
import { buildDoc } from '../../src/ui/document.js';
import { CUE_RULES, cueRule, evidenceFor, EVIDENCE, PLAIN, QUOTE } from '../../src/ui/evidence.js';

afterEach(() => cleanup());

/** The summit with real-looking attributions: cues, evidence offsets, one guess and one unattributed quote. */
function withEvidence(): Transcript {
  const t: Transcript = structuredClone(summit);
  const para = (id: string) => t.paragraphs.find((p) => p.id === id)!.text;
  for (const q of t.quotes) {
    const text = para(q.paragraph);
    if (q.id === 'q1') Object.assign(q, { cue: 'quote-then-cue', confidence: 0.93, evidence: [text.indexOf('the Belarusian'), text.indexOf(' said') + 5] });
    if (q.id === 'q3') Object.assign(q, { cue: 'indirect-that', confidence: 0.6, evidence: [0, 'Aleksandr Lukashenko noted'.length] });
    if (q.id === 'q4') Object.assign(q, { cue: 'quote-then-cue', confidence: 0.95, evidence: [text.indexOf('he said'), text.indexOf('he said') + 7] });
    if (q.id === 'q5') Object.assign(q, { speaker: null, cue: null, confidence: 0 });
  }
  return t;
}

/** The OSC 52 payload decoded: exactly what lands on the clipboard. */
function clipboardText(chunk: string): string {
  const match = /^\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007$/.exec(chunk);
  expect(match).not.toBeNull();
  return Buffer.from(match![1], 'base64').toString('utf8');
}

describe('y: what the clipboard gets', () => {
  test('a direct quote in quotation marks, then the citation line', async () => {
    const { press, copied } = mount({ transcripts: [withEvidence()] });
    await press('y');
    expect(copied).toHaveLength(1);
    expect(clipboardText(copied[0])).toBe(
      '“First of all, I would like to congratulate you on the single voting day”\n— Aleksandr Lukashenko, Meeting with the Lake Region delegation, 2024-03-02',
    );
  });

  test('reported speech without quotation marks, saying it is reported; a guess marked uncertain', async () => {
    const { press, copied } = mount({ transcripts: [withEvidence()] });
    await press('j', 'j', 'y');
    expect(copied).toHaveLength(1);
    const text = clipboardText(copied[0]);
    expect(text).toBe(
      'Aleksandr Lukashenko said (reported speech) that economic performance is likely to recover next year.\n— Aleksandr Lukashenko (attribution uncertain), Meeting with the Lake Region delegation, 2024-03-02',
    );
    expect(text).not.toMatch(/[“”"]/);
  });

  test('a quote with nobody named is cited as unattributed and uncertain', async () => {
    const { press, copied } = mount({ transcripts: [withEvidence()] });
    await press('j', 'j', 'j', 'j', 'y');
    expect(clipboardText(copied[0])).toBe('“The budget process is nearing completion.”\n— Unattributed (attribution uncertain), Meeting with the Lake Region delegation, 2024-03-02');
  });
});

describe('i: the evidence view', () => {
  test('shows the speaker, the rule in words, the deciding words and the confidence; Esc closes it', async () => {
    const { press, frame, footer } = mount({ transcripts: [withEvidence()] });
    const reader = frame();
    const view = await press('i');
    expect(view).toContain('Why Aleksandr Lukashenko?');
    expect(view).toMatch(/Rule\s+quote-then-cue: A speech verb and its subject follow the quote/);
    // A role noun: what it resolved to is shown.
    expect(view).toMatch(/Decided by\s+“the Belarusian leader said” → Aleksandr Lukashenko/);
    expect(view).toMatch(/Confidence\s+sure \(0\.93\)/);
    expect(view).toMatch(/Paragraph\s+2/);
    expect(view).toMatch(/In the text\n\s+"First of all, I would like to congratulate you on the single voting day," the Belarusian leader/);
    expect(footer()).toContain('EVIDENCE');
    await press(KEYS.escape);
    expect(frame()).toBe(reader);
  });

  test('reported speech is named as such; a guess says so', async () => {
    const { press } = mount({ transcripts: [withEvidence()] });
    const view = await press('j', 'j', 'i');
    expect(view).toMatch(/Kind\s+reported speech/);
    expect(view).toMatch(/Rule\s+indirect-that: Reported speech/);
    expect(view).toMatch(/Decided by\s+“Aleksandr Lukashenko noted”\s*$/m);
    expect(view).toMatch(/Confidence\s+a guess \(0\.60\)/);
    expect(view).toContain('? attribution uncertain');
  });

  test('the deciding words are tagged for highlighting in their paragraph, apart from the quote', () => {
    const e = evidenceFor(buildDoc(withEvidence()), 0)!;
    expect(e.context).toEqual([
      { text: '"', tag: PLAIN },
      { text: 'First of all, I would like to congratulate you on the single voting day', tag: QUOTE },
      { text: '," ', tag: PLAIN },
      { text: 'the Belarusian leader said', tag: EVIDENCE },
      { text: '.', tag: PLAIN },
    ]);
    expect(e).toMatchObject({ speaker: 'Aleksandr Lukashenko', band: 'sure', uncertain: false, paragraphNumber: 2, words: 'the Belarusian leader said', resolved: true });
    expect(evidenceFor(buildDoc(withEvidence()), 2)).toMatchObject({ words: 'Aleksandr Lukashenko noted', resolved: false });
  });

  test('evidence offsets outside the paragraph are not shown', () => {
    const t = withEvidence();
    t.quotes[0].evidence = [5, 5000];
    expect(evidenceFor(buildDoc(t), 0)).toMatchObject({ words: null });
  });

  test('every cue the parser records has a sentence', () => {
    // The cues as the parser's source writes them: `cue: 'label'`, or the cue argument of its helpers.
    const source = ['attribute.ts', 'index.ts'].map((f) => readFileSync(new URL(`../../src/parse/${f}`, import.meta.url), 'utf8')).join('\n');
    const cues = new Set([...source.matchAll(/cue: '([a-z-]+)'/g), ...source.matchAll(/(?:attributed|byMention|clause)\([^;]*?'([a-z-]+)', (?:0\.\d|OPINION|Math)/g)].map((m) => m[1]));
    expect(cues.size).toBeGreaterThan(20);
    for (const cue of cues) expect(CUE_RULES[cue], cue).toMatch(/^\S.*\.$/);
    expect(cueRule('made-up\u001b[2J')).toBe('The parser’s rule “made-up”.');
  });

  test('fits at 48×14: every line within the width, the frame rows-1 lines, the footer on screen', async () => {
    const { press, frame, footer } = mount({ transcripts: [withEvidence()], size: { columns: 48, rows: 14 } });
    await press('j', 'j', 'i');
    const lines = frame().split('\n');
    expect(lines).toHaveLength(13);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(48);
    expect(footer()).toContain('EVIDENCE');
    expect(frame()).toMatch(/Confidence\s+a guess \(0\.60\)/);
  });

  test('with no quote selected, i says so and opens nothing', async () => {
    // The first quote is selected at start; a transcript with none leaves nothing selected.
    const none = makeTranscript({ speakers: [], sections: [{ title: 'Opening', paragraphs: ['The delegation arrived on Monday.'] }] });
    const { press, footer } = mount({ transcripts: [none] });
    await press('i');
    expect(footer()).toContain('no quote selected');
    expect(footer()).toContain('READER');
  });

  test('a quote whose speaker was decided in an earlier paragraph says no words here decided it', async () => {
    const { press } = mount({ transcripts: [withEvidence()] });
    const view = await press('j', 'i');
    expect(view).toMatch(/Decided by\s+no words in this paragraph/);
  });

  test('the help lists i and #', async () => {
    const { press } = mount({ transcripts: [withEvidence()], size: { columns: 100, rows: 60 } });
    const help = await press('?');
    expect(help).toMatch(/i\s+Why this speaker: the rule, the words that decided it, how sure/);
    expect(help).toMatch(/#\s+Show \/ hide paragraph numbers in the gutter/);
    expect(help).toContain('Evidence view');
  });
});

describe('the gutter', () => {
  const gutterOf = (frame: string, text: string) => {
    const line = frame.split('\n').find((l) => l.includes(text));
    expect(line, text).toBeDefined();
    // The reader starts after the side pane's border (│) at 100 columns.
    return line!.slice(line!.indexOf('│') + 1, line!.indexOf('│') + 14);
  };

  test('marks quotes of uncertain attribution with ?', async () => {
    const { frame } = mount({ transcripts: [withEvidence()], size: { columns: 100, rows: 40 } });
    // The row names him before the quote, so the gutter gives only the mark (no repeated name).
    expect(gutterOf(frame(), 'Aleksandr Lukashenko noted')).toBe('?            ');
    expect(gutterOf(frame(), 'The budget process')).toBe('?            ');
    expect(gutterOf(frame(), 'First of all')).toBe('Lukashenko   ');
  });

  test('# shows paragraph numbers (1-based, as the CLI prints them) and hides them again', async () => {
    const { frame, press, footer } = mount({ transcripts: [withEvidence()], size: { columns: 100, rows: 40 } });
    expect(gutterOf(frame(), 'The two presidents met')).toBe('             ');
    await press('#');
    expect(footer()).toContain('paragraph numbers on');
    expect(gutterOf(frame(), 'The two presidents met')).toBe('1            ');
    expect(gutterOf(frame(), 'First of all')).toBe('2 Lukashenko ');
    expect(gutterOf(frame(), 'Aleksandr Lukashenko noted')).toBe('4 ?          ');
    expect(gutterOf(frame(), 'We will meet again')).toBe('9 Lukashenko ');
    await press('#');
    expect(gutterOf(frame(), 'First of all')).toBe('Lukashenko   ');
  });

  test('with a speaker filter, the numbers are those of the quotes’ paragraphs', async () => {
    const t = makeTranscript({
      speakers: [{ id: 'a', name: 'Ann' }, { id: 'b', name: 'Bob' }],
      sections: [{ title: 'One', paragraphs: ['[[a:direct|Ann speaks first.]]', '[[b:direct|Bob answers.]]', '[[a:direct|Ann again.]]'] }],
    });
    const { frame, press } = mount({ transcripts: [t], size: { columns: 100, rows: 24 } });
    await press('#', KEYS.tab, KEYS.tab, KEYS.enter);
    expect(gutterOf(frame(), 'Ann again.')).toBe('3 Ann        ');
    expect(gutterOf(frame(), 'Ann speaks first.')).toBe('1 Ann        ');
  });
});

describe('search results', () => {
  test('say which results are reported speech and which speakers are uncertain', async () => {
    const { press, frame } = mount({ transcripts: [withEvidence()], size: { columns: 140, rows: 24 } });
    await press('/', ...'economic');
    const shown = frame();
    expect(shown).toMatch(/Aleksandr Lukashenko · Economy and sanctions \[reported speech\] \[attribution uncertain\]/);
    await press(KEYS.ctrlU, ...'budget');
    expect(frame()).toMatch(/Unattributed · Economy and sanctions \[attribution uncertain\]/);
    await press(KEYS.ctrlU, ...'voting');
    expect(frame()).toMatch(/Aleksandr Lukashenko · Opening remarks\s*$/m);
  });
});

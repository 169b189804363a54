import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateTranscript } from '../../src/model/validate.js';
import { hasScript, parley, parleyOnTerminal, RAW_CONTROL, tempDir } from './helpers.js';

// Transcript text is untrusted: a quote could set the clipboard (OSC 52), the window title, clear the
// screen or use the 8-bit CSI. None of it may reach the terminal raw, in any output mode.
const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const TITLE = '\u001b]0;pwned\u001b\\';
const CLEAR = '\u001b[2J\u001b[H';
const C1 = '\u009b31m';
const BIDI = '\u202e';

function hostile() {
  const quote = `Tango ${OSC52}is wonderful${CLEAR} music ${C1}and moves${BIDI} \u0007bell`;
  const paragraph = `Putin said: "${quote}"`;
  const start = paragraph.indexOf(quote);
  return validateTranscript({
    version: 1,
    title: `Meeting ${TITLE}in Sochi`,
    date: '2023-09-15',
    place: `Sochi${CLEAR}`,
    source: `press ${OSC52}`,
    speakers: [{ id: 'putin', name: `Vladimir ${CLEAR}Putin`, role: `President${C1}`, aliases: [`Pu${OSC52}tin`] }],
    sections: [{ id: 's1', title: `Talks ${TITLE}`, paragraphs: [0, 0] }],
    paragraphs: [{ id: 'p1', section: 's1', text: paragraph }],
    // Ids and cues are strings of the input as well: the outline prints them.
    quotes: [{ id: `q${TITLE}1`, kind: 'direct', speaker: 'putin', paragraph: 'p1', text: quote, start, end: start + quote.length, cue: `la${CLEAR}bel`, confidence: 0.3 }],
  });
}

describe('escape sequences inside a transcript', () => {
  const dir = tempDir({ 'hostile.json': JSON.stringify(hostile()), 'hostile.txt': `Meeting ${TITLE}\n\nVladimir Putin: Tango ${OSC52} is ${CLEAR}wonderful ${C1} music.\n\nAleksandr Lukashenko: Tango ${BIDI}again.\n` });
  const json = path.join(dir, 'hostile.json');
  const text = path.join(dir, 'hostile.txt');

  it.each([
    [['search', 'tango', json]],
    [['search', 'tango', json, '--json']],
    [['quotes', json]],
    [['quotes', json, '--json']],
    [['quotes', json, '--markdown']],
    [['speakers', json]],
    [['speakers', json, '--json']],
    [['sections', json]],
    [['sections', json, '--json']],
    [['parse', json]],
    [['parse', json, '--json']],
    [[json]],
    [['parse', text]],
    [['parse', text, '--json']],
    [['search', 'tango', text]],
    [['quotes', text, '--markdown']],
  ])('never reach stdout raw: %j', (args) => {
    const r = parley(args);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).not.toContain(BIDI);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('text output shows control characters visibly and drops the sequences', () => {
    const r = parley(['quotes', json]);
    expect(r.stdout).toContain('Tango is wonderful music and moves ␇bell');
  });

  it('JSON output keeps the text exactly, with every control character escaped', () => {
    const r = parley(['search', 'tango', json, '--json']);
    expect(r.stdout).toContain('\\u001b]52;c;');
    expect(r.stdout).toContain('\\u009b31m');
    expect(r.stdout).toContain('\\u202e');
    const [hit] = JSON.parse(r.stdout);
    expect(hit.quote.text).toBe(hostile().quotes[0].text);
    // parse --json output stays a valid transcript, offsets and all
    expect(validateTranscript(JSON.parse(parley(['parse', json, '--json']).stdout))).toEqual(hostile());
  });

  it('emphasis on a terminal does not let a sequence through either', () => {
    if (!hasScript()) return;
    const r = parleyOnTerminal(['search', 'tango', json]);
    const withoutEmphasis = r.stdout.replace(/\u001b\[1;4m|\u001b\[22;24m/g, '').replace(/\r/g, '');
    expect(withoutEmphasis).not.toMatch(RAW_CONTROL);
  });

  it('a file name with an escape sequence is not echoed raw in an error', () => {
    const r = parley(['search', 'tango', `missing${CLEAR}.txt`]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toBe('parley: missing.txt: no such file or directory\n');
  });
});

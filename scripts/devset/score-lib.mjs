// Scoring attribution against gold annotations (format: README.md beside this file). Shared by the
// `npm run devset` script and the test that keeps the README's confidence table true.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Lower case, letters and digits only, one space between words: quote marks and punctuation never decide. */
export const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|madam|the|hon|rt|president|senator|minister)$/;
const nameWords = (s) => norm(s).split(' ').filter((w) => w && !HONORIFIC.test(w));

/** Does the parsed speaker name the gold speaker? Surname and compatible given names, or an alias. */
export function sameSpeaker(speaker, gold) {
  if (gold.speaker === null) return speaker === null;
  if (!speaker) return false;
  if (gold.speaker === 'unnamed') return Boolean(speaker.unnamed);
  const forms = [speaker.name, ...(speaker.aliases ?? [])];
  if (gold.role || gold.body) {
    const words = (f) => norm(f).split(' ').filter((w) => w && w !== 'the');
    const want = words(gold.speaker);
    return [...forms, speaker.role ?? ''].some((f) => {
      const have = words(f);
      return want.length > 0 && want.every((w) => have.includes(w));
    });
  }
  if (speaker.unnamed) return false;
  const want = nameWords(gold.speaker);
  return forms.some((f) => {
    const have = nameWords(f);
    if (!have.length || !want.length) return false;
    if (have.join(' ') === want.join(' ')) return true;
    // Same last word (surname), and every other word of the shorter form in the longer one.
    const [short, long] = have.length <= want.length ? [have, want] : [want, have];
    if (have.at(-1) !== want.at(-1) && !long.includes(short.at(-1))) return false;
    return short.every((w) => long.includes(w) || long.some((l) => l[0] === w[0] && w.length === 1));
  });
}

/**
 * The parsed quote that holds the gold words. Gold words are a quote's first words, so a quote that starts
 * with them beats one that only contains them, and the words as written beat the words normalised (a short
 * gold quote such as "Good afternoon." may also stand inside a longer one). When several quotes hold the gold
 * words equally well (two turns that are both "Hello."), the `nth` gold entry with those words is the `nth` of them.
 */
export function findQuote(t, gold, nth = 0) {
  const want = norm(gold.text);
  const exact = gold.text.replace(/\s+/g, ' ').trim();
  let best = null;
  for (const q of t.quotes) {
    const have = norm(q.text);
    const written = q.text.replace(/\s+/g, ' ');
    const holds = have.includes(want);
    const starts = !holds && have.split(' ').length >= 3 && want.startsWith(have);
    if (!holds && !starts) continue;
    // A quote that is exactly the gold words ("Monday?") beats a longer one that merely starts with them.
    const rank = (have === want ? 16 : 0) + (written.startsWith(exact) ? 8 : 0) + (written.includes(exact) ? 4 : 0) + (have.startsWith(want) ? 2 : 0) + (holds ? 1 : 0) + (q.kind === 'indirect' ? 0 : 0.5) + have.length / 1e6;
    if (!best || rank > best.rank) best = { rank, qs: [q] };
    else if (rank === best.rank) best.qs.push(q);
  }
  return best ? best.qs[Math.min(nth, best.qs.length - 1)] : null;
}


/** Confidence bands as the README and `parley parse` report them (src/model/confidence.ts), and a finer split. */
export const BANDS = [
  { name: '≥ 0.9', from: 0.9, to: 2 },
  { name: '0.7–0.9', from: 0.7, to: 0.9 },
  { name: '0.5–0.7', from: 0.5, to: 0.7 },
  { name: '< 0.5', from: 0, to: 0.5 },
];

/**
 * Parses every NAME.txt in the folders with `parseTranscript` and scores it against NAME.gold.json: per shape
 * (texts, gold quotes, found, right), per confidence band and per cue (right and wrong among attributed
 * quotes found), and the misses.
 */
export function scoreDevset(dirs, parseTranscript) {
  const totals = new Map();
  const bands = BANDS.map((b) => ({ ...b, right: 0, wrong: 0 }));
  const cues = new Map();
  const failures = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const name = file.replace(/\.gold\.json$/, '');
      const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      const t = parseTranscript(readFileSync(path.join(dir, `${name}.txt`), 'utf8'));
      const shape = gold.shape ?? 'article';
      const total = totals.get(shape) ?? { texts: 0, gold: 0, found: 0, right: 0 };
      totals.set(shape, total);
      total.texts++;
      const seen = new Map();
      for (const g of gold.quotes) {
        total.gold++;
        const key = norm(g.text);
        seen.set(key, (seen.get(key) ?? -1) + 1);
        const q = findQuote(t, g, seen.get(key));
        const speaker = q?.speaker ? t.speakers.find((s) => s.id === q.speaker) : null;
        const right = q !== null && sameSpeaker(speaker, g);
        if (q) total.found++;
        if (right) total.right++;
        if (q) {
          const band = bands.find((b) => q.confidence >= b.from && q.confidence < b.to);
          if (q.speaker !== null) band[right ? 'right' : 'wrong']++;
          const cue = cues.get(q.cue) ?? { right: 0, wrong: 0 };
          cues.set(q.cue, cue);
          cue[right ? 'right' : 'wrong']++;
        }
        if (!right)
          failures.push({ file: path.join(path.basename(dir), name), text: g.text.slice(0, 60), gold: g.speaker, got: q ? (speaker?.name ?? null) : '(not found)', cue: q?.cue ?? null, confidence: q?.confidence ?? null, construction: g.construction ?? '' });
      }
    }
  }
  return { totals, bands, cues, failures };
}

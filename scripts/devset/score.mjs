// The attribution development measure: parses every NAME.txt of the dev sets and scores it against its
// NAME.gold.json (format: scripts/devset/README.md). A gold quote counts as right when a parsed quote holds
// its words and names the same speaker. Prints, per shape, how many were found and right, and the measured
// precision of each confidence band (what the README's confidence table reports).
//
//   node scripts/devset/score.mjs [DIR…] [--verbose] [--json]
//
// With no DIR, the committed sets (scripts/devset/articles, scripts/devset/transcripts). Kept apart from
// the tests: the tests hold the fixtures the parser was tuned on; this measures texts written without it.
import { build } from 'esbuild';
import { readdirSync, readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
// --src DIR scores another checkout's parser (DIR/src/parse), e.g. the last commit's, side by side.
const srcAt = args.indexOf('--src');
const srcRoot = srcAt !== -1 ? path.resolve(args.splice(srcAt, 2)[1]) : root;
const dirs = args.filter((a) => !a.startsWith('--'));
if (!dirs.length) dirs.push(path.join(here, 'articles'), path.join(here, 'transcripts'));

const out = path.join(root, '.bench', `parse-devset-${process.pid}.mjs`);
mkdirSync(path.dirname(out), { recursive: true });
await build({ entryPoints: [path.join(srcRoot, 'src/parse/index.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
const { parseTranscript } = await import(pathToFileURL(out).href);
rmSync(out);

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
function sameSpeaker(speaker, gold) {
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
 * gold quote such as "Good afternoon." may also stand inside a longer one).
 */
function findQuote(t, gold) {
  const want = norm(gold.text);
  const exact = gold.text.replace(/\s+/g, ' ').trim();
  let best = null;
  for (const q of t.quotes) {
    const have = norm(q.text);
    const written = q.text.replace(/\s+/g, ' ');
    const holds = have.includes(want);
    const starts = !holds && have.split(' ').length >= 3 && want.startsWith(have);
    if (!holds && !starts) continue;
    const rank = (written.startsWith(exact) ? 8 : 0) + (written.includes(exact) ? 4 : 0) + (have.startsWith(want) ? 2 : 0) + (holds ? 1 : 0) + (q.kind === 'indirect' ? 0 : 0.5) + have.length / 1e6;
    if (!best || rank > best.rank) best = { q, rank };
  }
  return best?.q ?? null;
}

const BANDS = [
  { name: '≥ 0.9', from: 0.9, to: 2 },
  { name: '0.7–0.9', from: 0.7, to: 0.9 },
  { name: '0.5–0.7', from: 0.5, to: 0.7 },
  { name: '< 0.5', from: 0, to: 0.5 },
];

const totals = new Map();
const bands = BANDS.map((b) => ({ ...b, right: 0, wrong: 0 }));
const failures = [];
const cues = new Map();
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`devset: ${dir}: no such folder`);
    process.exit(2);
  }
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const name = file.replace(/\.gold\.json$/, '');
    const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    const text = readFileSync(path.join(dir, `${name}.txt`), 'utf8');
    const t = parseTranscript(text);
    const shape = gold.shape ?? 'article';
    const total = totals.get(shape) ?? { texts: 0, gold: 0, found: 0, right: 0 };
    totals.set(shape, total);
    total.texts++;
    for (const g of gold.quotes) {
      total.gold++;
      const q = findQuote(t, g);
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

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
if (asJson) {
  console.log(JSON.stringify({ shapes: Object.fromEntries(totals), bands: bands.map(({ name, right, wrong }) => ({ name, right, wrong })), cues: Object.fromEntries(cues), failures }, null, 2));
} else {
  if (verbose) {
    for (const f of failures) console.log(`✗ ${f.file}: “${f.text}…” gold ${JSON.stringify(f.gold)} got ${JSON.stringify(f.got)} (${f.cue ?? '-'} ${f.confidence ?? ''}) ${f.construction}`);
    console.log('');
  }
  console.log('shape        texts  gold  found   right');
  let all = { gold: 0, right: 0 };
  for (const [shape, s] of totals) {
    console.log(`${shape.padEnd(12)} ${String(s.texts).padStart(5)} ${String(s.gold).padStart(5)} ${pct(s.found, s.gold).padStart(6)} ${pct(s.right, s.gold).padStart(7)}`);
    all = { gold: all.gold + s.gold, right: all.right + s.right };
  }
  console.log(`${'all'.padEnd(12)} ${''.padStart(5)} ${String(all.gold).padStart(5)} ${''.padStart(6)} ${pct(all.right, all.gold).padStart(7)}`);
  console.log('\nconfidence   attributed  wrong  precision');
  for (const b of bands) console.log(`${b.name.padEnd(12)} ${String(b.right + b.wrong).padStart(10)} ${String(b.wrong).padStart(6)} ${pct(b.right, b.right + b.wrong).padStart(10)}`);
  if (verbose) {
    console.log('\ncue                  found  wrong  precision');
    for (const [cue, c] of [...cues].sort((a, b) => b[1].right + b[1].wrong - a[1].right - a[1].wrong))
      console.log(`${String(cue).padEnd(20)} ${String(c.right + c.wrong).padStart(5)} ${String(c.wrong).padStart(6)} ${pct(c.right, c.right + c.wrong).padStart(10)}`);
  }
}

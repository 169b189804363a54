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
import { mkdirSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { scoreDevset } from './score-lib.mjs';

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

for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`devset: ${dir}: no such folder`);
    process.exit(2);
  }
}
const { totals, bands, cues, failures } = scoreDevset(dirs, parseTranscript);

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

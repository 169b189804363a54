// One parser throughput measurement in a fresh process (so earlier measurements' heaps and JIT state do not
// weigh on it): node parse-worker.mjs BUNDLE SEED MODE, MODE = scan | large | many. Prints JSON.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, seedFile, mode] = process.argv.slice(2);
const { parseTranscript } = await import(pathToFileURL(bundle).href);
const seed = readFileSync(seedFile, 'utf8');
const body = seed.split('\n\n').slice(1).join('\n\n');
const large = seed + ('\n\n' + body).repeat(Math.ceil(5e6 / body.length));
const copies = 200;

const best = (fn, runs) => {
  let ms = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
};

let result;
if (mode === 'scan') {
  // What one bare pass over the same text costs on this machine now: splitting it into words.
  result = { bytes: large.length, ms: best(() => large.split(/\s+/).length, 8) };
} else {
  // Throughput is measured warm: the JIT has seen the parser on a few hundred documents first (a cold,
  // one-off parse is part of the CLI and library timings instead).
  for (let i = 0; i < 600; i++) parseTranscript(seed);
  if (mode.startsWith('shape:')) {
    // Pathological inputs of about 1 MB, each against ordinary article text of the same size (the seed's
    // body repeated): their time per byte should stay within twice the ordinary text's.
    const size = 1e6;
    const fill = (unit) => unit.repeat(Math.ceil(size / unit.length));
    const shapes = {
      ordinary: seed + ('\n\n' + body).repeat(Math.ceil(size / body.length)),
      'one-line paragraphs': fill('Paragraph about the harvest and the weather.\n\n'),
      'one line, no quotes': `Title\n\n${fill('the minister said that the harvest was good and he noted that prices rose ')}`,
    };
    const text = shapes[mode.slice(6)];
    parseTranscript(text);
    result = { bytes: text.length, ms: best(() => parseTranscript(text), 5) };
  } else if (mode === 'large') {
    parseTranscript(large);
    result = { bytes: large.length, ms: best(() => parseTranscript(large), 12) };
  } else {
    result = {
      bytes: copies * seed.length,
      copies,
      ms: best(() => {
        for (let i = 0; i < copies; i++) parseTranscript(seed);
      }, 12),
    };
  }
}
console.log(JSON.stringify(result));

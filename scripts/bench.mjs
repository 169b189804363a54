// npm run bench: runs every scripts/bench/*.mjs in turn and prints one table.
// Each module default-exports an async function returning rows:
//   { metric: string, parley: string, baseline: string, goal: string, ok: boolean | null }
// Baselines (bare node, fzf) are measured in the same run, since this machine is noisy.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
const rows = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  process.stderr.write(`bench: ${file}…\n`);
  const mod = await import(pathToFileURL(path.join(dir, file)).href);
  try {
    rows.push(...(await mod.default()));
  } catch (error) {
    rows.push({ metric: file, parley: 'error', baseline: '', goal: '', ok: false, note: String(error?.message ?? error) });
  }
}

const header = ['metric', 'parley', 'baseline (same run)', 'goal', 'met'];
const table = rows.map((r) => [r.metric, r.parley, r.baseline ?? '', r.goal ?? '', r.ok == null ? '' : r.ok ? 'yes' : 'NO']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => String(row[i]).length)));
const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of table) console.log(line(row));
for (const r of rows) if (r.note) console.log(`note (${r.metric}): ${r.note}`);

#!/usr/bin/env node
// Generates a library of speaker-labelled transcripts for benchmarks and library tests:
//   node scripts/gen-library.mjs DIR [FILES=2000] [TURNS=50]
// Deterministic (seeded), about 12.5 kB a file: 2,000 files × 50 turns ≈ 100,000 quotes, 25 MB.
// People recur across files under variant spellings (Aleksandr / Alexander / A. Lukashenko).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [dir, filesArg = '2000', turnsArg = '50'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node scripts/gen-library.mjs DIR [FILES] [TURNS]');
  process.exit(2);
}
const files = Number(filesArg);
const turns = Number(turnsArg);

let state = 0x2545f491;
const random = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const PEOPLE = [
  { forms: ['Aleksandr Lukashenko', 'Alexander Lukashenko', 'A. Lukashenko'], role: 'President of Belarus' },
  { forms: ['Vladimir Putin', 'V. Putin'], role: 'President of Russia' },
  { forms: ['Mikhail Dorn'], role: 'President of Veloria' },
  { forms: ['Irina Valk'], role: 'Prime Minister of Veloria' },
  { forms: ['Sergei Tolmachev', 'Sergey Tolmachev'], role: 'Minister of Energy' },
  { forms: ['Anna Kovács', 'Anna Kovacs'], role: 'Minister of Finance' },
  { forms: ['Pieter de Vries'], role: 'Minister of Foreign Affairs' },
  { forms: ['Katarzyna Nowak'], role: 'Minister of Infrastructure' },
  { forms: ['Owen Marsh'], role: 'Press Secretary' },
  { forms: ['Maria Olsen'], role: 'Governor of the Lake Region' },
  { forms: ['Daniel Okafor'], role: 'Minister of Environment' },
  { forms: ['Nina Sarr'], role: 'Director of the Grain Agency' },
];
const TOPICS = ['energy', 'grain', 'the budget', 'railways', 'the border', 'sanctions', 'gas storage', 'the harvest', 'tariffs', 'the new bridge', 'heating', 'exports', 'the metro', 'housing', 'schools'];
const OPENERS = ['We have to talk about', 'I want to raise', 'Let me say a word on', 'The figures on', 'Our colleagues asked about', 'Nobody expected progress on', 'There is good news on', 'I am worried about'];
const MIDDLES = ['the deadlines are tight but realistic', 'the money is already in the budget', 'we lost two months to the weather', 'the regions need more support', 'the contractors promised to finish by autumn', 'prices must come down before winter', 'we will not accept another delay', 'the numbers look better than in spring', 'we checked every site ourselves', 'the plan has to be ready next week'];
const CLOSERS = ['That is the main thing.', 'I ask the government to report back.', 'We will return to this.', 'Thank you.', 'This is important for people.', 'Let us not lose time.', 'I think we understand each other.'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

mkdirSync(dir, { recursive: true });
let quotes = 0;
let bytes = 0;
for (let f = 0; f < files; f++) {
  const host = PEOPLE[f % 3];
  const guests = [pick(PEOPLE.slice(3)), pick(PEOPLE.slice(3))].filter((g, i, a) => a.indexOf(g) === i);
  const cast = [host, ...guests];
  const year = 2020 + (f % 5);
  const date = `${1 + (f % 28)} ${MONTHS[f % 12]} ${year}`;
  const topic = pick(TOPICS);
  const lines = [`Meeting on ${topic} with ${guests.map((g) => g.forms[0]).join(' and ')}`, '', `The meeting took place on ${date}.`, ''];
  const introduced = new Set();
  for (let t = 0; t < turns; t++) {
    const person = cast[t % cast.length];
    const form = pick(person.forms);
    const label = introduced.has(person) ? form : `${person.role} ${form}`;
    introduced.add(person);
    const speech = `${pick(OPENERS)} ${pick(TOPICS)}: ${pick(MIDDLES)}, and ${pick(MIDDLES)}. ${pick(MIDDLES).replace(/^./, (c) => c.toUpperCase())}. As for ${pick(TOPICS)}, ${pick(MIDDLES)}. ${pick(CLOSERS)}`;
    lines.push(`${label}: ${speech}`, '');
    quotes++;
  }
  const text = lines.join('\n');
  bytes += Buffer.byteLength(text);
  const sub = path.join(dir, String(year));
  mkdirSync(sub, { recursive: true });
  writeFileSync(path.join(sub, `meeting-${String(f).padStart(4, '0')}.txt`), text);
}
console.error(`${files} files, ${quotes} turns, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../scratch.js';

export const SAMPLE = [
  'Meeting of the Lake Region council',
  '',
  'Chair Maria Olsen: Good morning. Let us begin with the budget for the coming year.',
  '',
  'Governor Mikhail Serov: Thank you. The budget is balanced, and the ferry to the islands will run all winter.',
  '',
  'Maria Olsen: That is good news for the islands.',
  '',
].join('\n');

/** A fresh temporary folder with the given files (string or bytes). */
export function folder(files: Record<string, string | Uint8Array> = {}): string {
  const dir = scratchDir('parley-test-');
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

export function utf16le(text: string, bom = true): Buffer {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

export function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

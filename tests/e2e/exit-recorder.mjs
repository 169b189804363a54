// Runs a command on the terminal passed as descriptors 3 (input) and 4 (output), and writes how it ended
// ({"code":…,"signal":…}) to the file named first. Its own stdio is /dev/null: it must outlive the terminal
// (a closed tmux window) to report, and it ignores the hang-up signal that closing sends.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const [statusFile, command, ...args] = process.argv.slice(2);
process.on('SIGHUP', () => {});
const child = spawn(command, args, { stdio: [3, 4, 4] });
child.on('exit', (code, signal) => writeFileSync(statusFile, JSON.stringify({ code, signal })));

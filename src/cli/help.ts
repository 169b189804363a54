/** Help texts: one per command, printed by `--help` (and `parley help COMMAND`). */
import { MAX_FILE_BYTES } from '../load/decode.js';

const INPUTS = `FILE|DIR…  transcripts: text (.txt, .md; parsed on load) or parsed JSON (.json);
             a folder is read recursively, as one library (speakers merged across
             transcripts); - reads stdin; none: the bundled transcript`;

const NO_CACHE = `--no-cache           parse every text file again, and write nothing to the cache
                       ($PARLEY_CACHE_DIR, or $XDG_CACHE_HOME/parley, or ~/.cache/parley)`;

export const HELP: Record<string, string> = {
  main: `parley: a terminal browser for meeting transcripts

Usage
  parley [FILE|DIR…]                 browse (full screen on a terminal; the outline otherwise)
  parley search QUERY [FILE|DIR…]    ranked, typo-tolerant quote search
  parley quotes [FILE|DIR…]          every quote, in order
  parley speakers [FILE|DIR…]        speakers with quote counts
  parley sections [FILE|DIR…]        sections with quote counts
  parley parse FILE                  parse a text file: outline, or --json

  ${INPUTS}

Options
  --help      help (also: parley COMMAND --help)
  --version   the version
  --no-cache  parse every text file again, and write nothing to the cache

Exit status: 0 results, 1 no results (search, quotes), 2 an error.
Files over ${MAX_FILE_BYTES / 1024 / 1024} MB, empty, binary, NUL bytes or invalid UTF-8 are refused.`,

  search: `Usage
  parley search QUERY [FILE|DIR…] [--speaker NAME] [--section TEXT] [--limit N] [--json]

Ranked fuzzy search, best first. Words are typo-tolerant and may name the speaker (putin tango).
  @putin tango      only Putin's quotes         'exact   text that must be there exactly
  "a phrase"        an exact phrase             ^start   end$   quote starts / ends with
  !word             must not contain            a | b    either

  ${INPUTS}

Options
  --speaker, -s NAME   only quotes of speakers whose name or alias contains NAME
  --section TEXT       only quotes in sections whose title contains TEXT
  --limit, -n N        at most N results (default 20)
  --json               an array of {quote, speaker, section, paragraphNumber, score, matches,
                       transcript} (transcript: {title, date, file}); quote.kind "indirect" is
                       reported speech, not the speaker's words
  ${NO_CACHE}

Exit status: 0 with results, 1 with none, 2 on an error.`,

  quotes: `Usage
  parley quotes [FILE|DIR…] [--speaker NAME] [--section TEXT] [--id ID] [--format text|json|markdown|tsv]

Every quote in order.

  ${INPUTS}

Options
  --speaker, -s NAME   only quotes of speakers whose name or alias contains NAME
  --section TEXT       only quotes in sections whose title contains TEXT
  --id ID              only the quote with that id (the first column of --format tsv:
                       q12, or FILE#q12 in a library)
  --format tsv         one line per quote: id, speaker, section, paragraph, kind, text, tab-
                       separated (\\t \\n \\\\ escaped in fields), for fzf:
                         parley quotes --format tsv | fzf -d '\\t' --with-nth 2.. \\
                           --preview 'parley quotes --id {1}' | cut -f1
  --json               an array of {quote, speaker, section, paragraphNumber, transcript} (--format json);
                       quote.kind "indirect" is reported speech, not the speaker's words
  --markdown           block quotes, each with a citation line (--format markdown); reported speech
                       worded as "X said (reported speech) that …", a guessed speaker "(attribution uncertain)"
  ${NO_CACHE}

Exit status: 0 with quotes, 1 with none, 2 on an error.`,

  speakers: `Usage
  parley speakers [FILE|DIR…] [--json]

The speakers of a transcript with their quote counts; of several (a folder), the people: speakers
merged across transcripts, with their quotes counted across all of them.

  ${INPUTS}

Options
  --json               an array of speakers, each with quotes (a count) and kinds (counts by
                       kind); of people for several transcripts: {person, name, aliases, roles,
                       quotes, kinds, transcripts, speakers}
  ${NO_CACHE}`,

  sections: `Usage
  parley sections [FILE|DIR…] [--json]

The sections of each transcript with their paragraphs and quote counts.

  ${INPUTS}

Options
  --json               an array of sections, each with quotes (a count)
  ${NO_CACHE}`,

  parse: `Usage
  parley parse FILE [--json] [-o OUT [--force]]
  parley parse FILE… -o DIR [--force]

Parses a transcript (text, or - for stdin) and prints an outline: sections, speakers with quote
counts, every quote with those of low confidence (< 0.7) flagged. A .json FILE is validated instead.
JSON with --json, or when OUT ends in .json. Several FILEs need -o DIR: each is written to
DIR/NAME.json (made if missing; two FILEs of one NAME are refused before anything is written).

Options
  --json             the transcript model as JSON (see README, "The JSON format")
  --output, -o OUT   write to OUT instead of stdout, atomically (a temporary file, then a
                     rename, keeping OUT's mode and owner); never over FILE itself. A symlink
                     is followed, a FIFO or device (/dev/null, /dev/stdout) written through
  --force            replace OUT even when it is read-only
  --no-cache         accepted, as on every command that reads files: parse always parses
                     afresh and never reads or writes the cache`,
};

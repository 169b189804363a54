import Fuse from 'fuse.js';
import type { Transcript } from '../../src/model/transcript.js';
import type { SearchDoc, SearchHit, SearchIndex } from '../../src/search/types.js';

/** Builds a transcript from paragraphs written with [[speakerId:kind|quoted text]] marks. */
export function makeTranscript(spec: {
  title?: string;
  date?: string | null;
  place?: string | null;
  speakers: { id: string; name: string }[];
  sections: { title: string; paragraphs: string[] }[];
}): Transcript {
  const t: Transcript = {
    version: 1,
    title: spec.title ?? 'Meeting with the Lake Region delegation',
    date: spec.date === undefined ? '2024-03-02' : spec.date,
    place: spec.place === undefined ? 'Petrozavodsk' : spec.place,
    source: null,
    speakers: spec.speakers.map((s) => ({ id: s.id, name: s.name, role: null, aliases: [] })),
    sections: [],
    paragraphs: [],
    quotes: [],
  };
  let q = 0;
  spec.sections.forEach((section, si) => {
    const first = t.paragraphs.length;
    for (const raw of section.paragraphs) {
      const pid = `p${t.paragraphs.length + 1}`;
      let text = '';
      const re = /\[\[(\w*):(\w+)\|([^\]]*)\]\]/g;
      let at = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(raw))) {
        text += raw.slice(at, m.index);
        const start = text.length;
        text += m[3];
        t.quotes.push({
          id: `q${++q}`,
          kind: m[2] as 'direct' | 'indirect' | 'turn',
          speaker: m[1] || null,
          paragraph: pid,
          text: m[3],
          start,
          end: text.length,
          cue: m[1] ? 'test' : null,
          confidence: 1,
        });
        at = m.index + m[0].length;
      }
      text += raw.slice(at);
      t.paragraphs.push({ id: pid, section: `s${si + 1}`, text });
    }
    t.sections.push({ id: `s${si + 1}`, title: section.title, paragraphs: [first, t.paragraphs.length - 1] });
  });
  return t;
}

export const summit = makeTranscript({
  speakers: [
    { id: 'putin', name: 'Vladimir Putin' },
    { id: 'luka', name: 'Aleksandr Lukashenko' },
    { id: 'rep', name: 'Reporter' },
  ],
  sections: [
    {
      title: 'Opening remarks',
      paragraphs: [
        'The two presidents met in Sochi on 15 September.',
        '"[[luka:direct|First of all, I would like to congratulate you on the single voting day]]," the Belarusian leader said.',
        'Vladimir Putin said: “[[putin:direct|Everything is stable here and develops reliably, thank god.]]”',
      ],
    },
    {
      title: 'Economy and sanctions',
      paragraphs: [
        'Aleksandr Lukashenko noted that [[luka:indirect|economic performance is likely to recover next year]].',
        '“[[luka:direct|We cope with all these issues. Both minor and major ones.]]” he said.',
        '“[[putin:direct|The budget process is nearing completion.]]”',
      ],
    },
    {
      title: 'Press Q&A',
      paragraphs: [
        '[[rep:turn|Question: will there be more meetings?]]',
        '“[[putin:direct|Tangoing is a scenario we both know well.]]” Putin joked about the tango.',
        '“[[luka:direct|We will meet again in Minsk.]]”',
      ],
    },
  ],
});

/** A small fuzzy index for UI tests, standing in for src/search (its API, not its ranking). */
export function fallbackIndex(transcripts: Transcript[]): SearchIndex {
  const docs: SearchDoc[] = [];
  transcripts.forEach((t, ti) => {
    for (const quote of t.quotes) {
      const paragraphIndex = t.paragraphs.findIndex((p) => p.id === quote.paragraph);
      docs.push({
        transcript: ti,
        in: 'quote',
        quote,
        text: quote.text,
        paragraphText: t.paragraphs[paragraphIndex]?.text ?? quote.text,
        speaker: t.speakers.find((s) => s.id === quote.speaker) ?? null,
        section: t.sections.find((s) => s.id === t.paragraphs[paragraphIndex]?.section) ?? null,
        paragraphIndex,
      });
    }
  });
  const fuse = new Fuse(docs, { keys: ['quote.text'], includeMatches: true, ignoreLocation: true, threshold: 0.4, minMatchCharLength: 2 });
  return {
    transcripts,
    docs,
    search(query): SearchHit[] {
      let text = query;
      let speaker: string | undefined;
      const at = /@(\S+)/.exec(query);
      if (at) {
        speaker = at[1].toLowerCase();
        text = query.replace(at[0], '').trim();
      }
      const pool = speaker ? docs.filter((d) => d.speaker?.name.toLowerCase().includes(speaker!)) : docs;
      if (!text) return pool.map((doc) => ({ doc, score: 1, matches: [], complete: true }));
      return fuse
        .search(text)
        .filter((r) => pool.includes(r.item))
        .map((r) => ({
          doc: r.item,
          score: 1 - (r.score ?? 0),
          matches: (r.matches?.[0]?.indices ?? []).map(([s, e]) => [s, e + 1] as [number, number]),
          complete: true,
        }));
    },
  };
}

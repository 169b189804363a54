import { describe, expect, it } from 'vitest';
import { mergeSpeakers, withPeople } from '../../src/library/merge-speakers.js';
import { parseTranscript } from '../../src/parse/index.js';

const transcript = (labels: string[]) =>
  parseTranscript(['Meeting', ...labels.map((l, i) => `${l}: Turn number ${i + 1} of this meeting.`)].join('\n\n'));

describe('merging speakers across transcripts', () => {
  const library = [
    transcript(['President of Belarus Aleksandr Lukashenko', 'Mikhail Dorn', 'Aleksandr Lukashenko']),
    transcript(['Alexander Lukashenko', 'Mikhail Serov', 'Question']),
    transcript(['A. Lukashenko', 'Mikhail Dorn', 'Question']),
    transcript(['Anatoly Lukashenko', 'Alexander Lukashenko']),
  ];
  const people = mergeSpeakers(library);
  const named = (name: string) => people.find((p) => p.name === name)!;

  it('makes one person of Aleksandr, Alexander and A. Lukashenko', () => {
    const lukashenko = people.find((p) => p.aliases.includes('A. Lukashenko'))!;
    expect(lukashenko.appearances.map((a) => a.transcript)).toEqual([0, 1, 2, 3]);
    expect(['Aleksandr Lukashenko', 'Alexander Lukashenko']).toContain(lukashenko.name);
  });

  it('keeps a different given name apart, and two people who share a first name', () => {
    expect(named('Anatoly Lukashenko').appearances).toEqual([{ transcript: 3, speaker: 'anatoly-lukashenko' }]);
    expect(named('Mikhail Dorn').appearances.map((a) => a.transcript)).toEqual([0, 2]);
    expect(named('Mikhail Serov').appearances.map((a) => a.transcript)).toEqual([1]);
  });

  it('never merges unnamed speakers across transcripts: two press conferences have two reporters', () => {
    const reporters = people.filter((p) => p.name === 'Reporter');
    expect(reporters.map((p) => p.appearances.map((a) => a.transcript))).toEqual([[1], [2]]);
    expect(reporters.every((p) => p.unnamed)).toBe(true);
    expect(new Set(reporters.map((p) => p.id)).size).toBe(2);
  });

  it('shows clean other names; typos and raw labels stay aliases for search', () => {
    const typo = [
      parseTranscript('Talks\n\nBelarusian President Aleksandr Lukashe4nko met Putin.\n\nAleksandr Lukashenko said: “We cope with all these issues.”'),
      parseTranscript('More talks\n\n1. Edward Miliband (Doncaster North) (Lab): What steps are taken?\n\nEdward Miliband: Not enough.\n\nAleksandr Lukashenko: Fine.'),
    ];
    const merged = mergeSpeakers(typo);
    const luka = merged.find((p) => p.name === 'Aleksandr Lukashenko')!;
    expect(luka.aliases).toContain('Aleksandr Lukashe4nko');
    expect(luka.otherNames).not.toContain('Aleksandr Lukashe4nko');
    const ed = merged.find((p) => p.name.startsWith('Edward Miliband'))!;
    expect(ed.name).toBe('Edward Miliband');
    expect(ed.aliases).toContain('Edward Miliband (Doncaster North) (Lab)');
    expect(ed.otherNames.join()).not.toMatch(/Doncaster|\(/);
  });

  it('sets one person id on every transcript’s speaker', () => {
    const annotated = withPeople(library, people);
    const ids = annotated.map((t) => t.speakers.find((s) => /Lukashenko/.test(s.name) && !s.name.startsWith('Anatoly'))!.person);
    expect(new Set(ids).size).toBe(1);
    expect(annotated[3].speakers.find((s) => s.name === 'Anatoly Lukashenko')!.person).not.toBe(ids[0]);
  });
});

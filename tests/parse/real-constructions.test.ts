import { describe, expect, it } from 'vitest';
import { pairs, parse, quoteStarting, saidBy, speakerName } from './helpers.js';

// All fixtures use invented people, places and agencies.

describe('articles: a text that starts mid-article', () => {
  it('keeps a first-line quote paragraph (no headline) and attributes it', () => {
    const t = parse(
      [
        '“We will not give up a single village in the valley,” President Oleksandr Hrytsenko said on Sunday.',
        'The remarks came after two days of talks in Varenka.',
      ].join('\n\n'),
    );
    expect(t.title).toBe('');
    expect(saidBy(t, 'We will not give up a single village')).toBe('Oleksandr Hrytsenko');
  });
});

describe('articles: "Source:" and "Quote:" lines', () => {
  it('gives a "Quote:" paragraph to the person on the "Source:" line before it', () => {
    const t = parse(
      [
        'Hrytsenko on the northern bridges',
        'President Oleksandr Hrytsenko spoke about the bridges over the Tarnova.',
        'Source: Hrytsenko in his evening address',
        'Quote: "Every bridge on the Tarnova will be rebuilt before the floods come."',
      ].join('\n\n'),
    );
    const q = quoteStarting(t, 'Every bridge on the Tarnova');
    expect(q.kind).toBe('direct');
    expect(q.cue).toBe('quote-line');
    expect(saidBy(t, 'Every bridge on the Tarnova')).toBe('Oleksandr Hrytsenko');
  });

  it('gives "Quote from Dovhan:" to Dovhan', () => {
    const t = parse(
      [
        'Grain exports resume',
        'Agriculture Minister Vasyl Dovhan visited the port of Zelenorsk on Monday.',
        'Details: the first three ships left at dawn.',
        'Quote from Dovhan: "The ships are moving again, and the farmers will be paid this month."',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The ships are moving again')).toBe('Vasyl Dovhan');
  });

  it('follows a "Quote:" line\'s own cue instead of the "Source:" line', () => {
    const t = parse(
      [
        'Hospital funding',
        'Source: Hrytsenko in his evening address',
        'Health Minister Iryna Soltys also spoke on Monday.',
        'Quote: "No hospital in the region will close this year," she stressed.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'No hospital in the region')).toBe('Iryna Soltys');
  });

  it('never makes "Quote", "Source" or "Details" a speaker, and such lines do not make the text a transcript', () => {
    const t = parse(
      [
        'Grain exports resume',
        'Agriculture Minister Vasyl Dovhan visited the port of Zelenorsk on Monday.',
        'Source: Dovhan at a briefing in Zelenorsk',
        'Details: the first three ships left at dawn.',
        'Quote: "The ships are moving again."',
      ].join('\n\n'),
    );
    const names = t.speakers.map((s) => s.name);
    for (const bad of ['Quote', 'Source', 'Details']) expect(names).not.toContain(bad);
    expect(t.quotes.filter((q) => q.kind === 'turn')).toEqual([]);
    expect(saidBy(t, 'The ships are moving again')).toBe('Vasyl Dovhan');
  });
});

describe('articles: news media are messengers', () => {
  it('gives no speaker to "…," Interfax reported, citing a source', () => {
    const t = parse(
      [
        'Ministry plans',
        '"The decision on the new tariffs has already been made," Interfax reported, citing a source in the ministry.',
      ].join('\n\n'),
    );
    const q = quoteStarting(t, 'The decision on the new tariffs');
    expect(q.speaker).toBeNull();
    expect(q.cue).toBe('media-report');
    expect(t.speakers.map((s) => s.name)).not.toContain('Interfax');
  });

  it('gives "the Nordpress agency quoted X as saying" to X, never to the agency', () => {
    const t = parse(
      [
        'Pipeline talks',
        '"The pipeline will be finished on time," the Nordpress agency quoted Deputy Minister Radek Sulc as saying.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The pipeline will be finished')).toBe('Radek Sulc');
    const names = t.speakers.map((s) => s.name);
    expect(names.some((n) => /Nordpress/.test(n))).toBe(false);
  });
});

describe('articles: short partial quotes governed by a speech verb', () => {
  it('attributes “will open before the winter” after "told his guest that"', () => {
    const t = parse(
      [
        'Rail link',
        'Prime Minister Tobias Ferrand received the governor of Ostmark on Tuesday.',
        'The Prime Minister told his guest that the new rail link “will open before the winter”.',
      ].join('\n\n'),
    );
    const q = quoteStarting(t, 'will open before the winter');
    expect(q.kind).toBe('direct');
    expect(q.cue).toBe('governed-quote');
    expect(saidBy(t, 'will open before the winter')).toBe('Tobias Ferrand');
  });

  it('still does not take "the so-called “…”" or "the documentary “…”" as quotes', () => {
    const t = parse(
      [
        'Harbour deal',
        'Prime Minister Tobias Ferrand spoke about the so-called “salt corridor” on Tuesday. He later watched the documentary “Winter on the Velda” with students.',
      ].join('\n\n'),
    );
    expect(t.quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('articles: role nouns resolved to people introduced earlier', () => {
  it('resolves "the head of the German government" to the chancellor, past a minister named in between', () => {
    const t = parse(
      [
        'Berlin visit',
        'Chancellor Ulrike Brandt met the delegation from Ostmark on Wednesday.',
        'Finance Minister Kaspar Wendt presented the loan guarantees to the visitors. He answered questions for an hour.',
        '“We stand with our partners for as long as it takes,” the head of the German government said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We stand with our partners')).toBe('Ulrike Brandt');
  });

  it('resolves "the head of the Kremlin" to the Russian president introduced earlier', () => {
    const t = parse(
      [
        'Phone call',
        'Russian President Arkady Venedin spoke by phone with the leader of Ostmark on Friday.',
        'Foreign Minister Gleb Sorokov later briefed reporters on the call.',
        '“The dialogue will continue,” the head of the Kremlin said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The dialogue will continue')).toBe('Arkady Venedin');
  });
});

describe('articles: the principal of a press-service page', () => {
  const t = parse(
    [
      'Main | President | Events',
      'Anton Hrabovsky visits Lisevo plant',
      'The head of state toured the assembly lines of the Lisevo tractor plant on Thursday.',
      'Plant director Bohdan Kulyk showed him the new paint shop.',
      '“The plant must double its output by next year,” the head of state noted.',
    ].join('\n\n'),
  );

  it('gives a bare "the head of state noted" to the person in the headline, past a director named since', () => {
    expect(saidBy(t, 'The plant must double its output')).toBe('Anton Hrabovsky');
  });

  it('never creates a speaker named "President" or "Head of state"', () => {
    const names = t.speakers.map((s) => s.name.toLowerCase());
    expect(names).not.toContain('president');
    expect(names).not.toContain('head of state');
    expect(names).not.toContain('the head of state');
  });
});

describe('articles: gender learned from given names', () => {
  it('gives "she said" to Olena Marchuk, past a man named as subject since', () => {
    const t = parse(
      [
        'Water supply',
        'Olena Marchuk, the mayor of Dubrivka, met engineers on Monday.',
        'Chief engineer Taras Hnatiuk said the new pumps would arrive in March.',
        '“We cannot wait until March,” she said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We cannot wait until March')).toBe('Olena Marchuk');
  });

  it('works for an Italian given name (Giorgia)', () => {
    const t = parse(
      [
        'Port reform',
        'Giorgia Santovito, the regional transport councillor, presented the port reform in Porto Calvina on Monday.',
        'Harbour master Enrico Baldoni raised objections about the dredging costs.',
        '“The dredging is already paid for,” she said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The dredging is already paid for')).toBe('Giorgia Santovito');
  });

  it('works for a Hungarian given name (Margit)', () => {
    const t = parse(
      [
        'School year',
        'Margit Kovászdi, the county education officer, opened the new school in Pelenye.',
        'Headmaster Zoltán Birkás thanked the parents for their help.',
        '“Every child here will have a laptop,” she said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Every child here will have a laptop')).toBe('Margit Kovászdi');
  });
});

describe('articles: a body\'s partial quote', () => {
  it('gives “no plans” after "The Kremlin said there were" to the Kremlin', () => {
    const t = parse(
      [
        'Summit schedule',
        'The summit in Varenka is due to start on the tenth.',
        'The Kremlin said there were “no plans” to change the schedule.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'no plans')).toBe('Kremlin');
  });
});

describe('articles: a hyphenated surname used alone', () => {
  it('gives "…," El-Amin said to Youssef El-Amin', () => {
    const t = parse(
      [
        'Port strike',
        'Dock workers\' leader Youssef El-Amin met the port authority on Tuesday.',
        '"We will stay out until the contracts are signed," El-Amin said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We will stay out until the contracts')).toBe('Youssef El-Amin');
  });
});

describe('transcripts: turns on consecutive lines', () => {
  it('reads each line as its own turn and gives questions to the unnamed Reporter', () => {
    const t = parse(
      [
        'Press Gaggle',
        'Q    Are you going to Ostmark?',
        'THE PRESIDENT:  Yes.',
        'Q    When?',
        'THE PRESIDENT:  Next week, after the vote.',
        'Q    Will you meet the governor?',
        'THE PRESIDENT:  I will.',
      ].join('\n'),
    );
    const turns = pairs(t, 'turn');
    expect(turns.map(([, text]) => text)).toEqual([
      'Are you going to Ostmark?',
      'Yes.',
      'When?',
      'Next week, after the vote.',
      'Will you meet the governor?',
      'I will.',
    ]);
    for (const i of [0, 2, 4]) expect(turns[i][0]).toBe('Reporter');
    for (const i of [1, 3, 5]) expect(turns[i][0]).not.toBe('Reporter');
    expect(t.speakers.find((s) => s.name === 'Reporter')?.unnamed).toBe(true);
  });
});

describe('transcripts: question labels and spacing', () => {
  it('reads "Q" followed by one space before a capital as a question label', () => {
    const t = parse(
      [
        'Briefing',
        'THE PRESS SECRETARY: Good afternoon.',
        'Q Will you sign it?',
        'THE PRESS SECRETARY: The President will sign it on Friday.',
      ].join('\n\n'),
    );
    expect(pairs(t, 'turn')).toContainEqual(['Reporter', 'Will you sign it?']);
  });

  it('reads "Q" followed by no-break spaces as a question label', () => {
    const t = parse(
      [
        'Briefing',
        'THE PRESS SECRETARY: Good afternoon.',
        'Q\u00a0\u00a0\u00a0 Is the bridge money in the budget?',
        'THE PRESS SECRETARY: It is.',
      ].join('\n\n'),
    );
    expect(pairs(t, 'turn')).toContainEqual(['Reporter', 'Is the bridge money in the budget?']);
  });

  it('reads a label whose colon is followed by a no-break space', () => {
    const t = parse(
      [
        'Briefing',
        'THE PRESS SECRETARY:\u00a0 Good afternoon, everyone.',
        'Q    Is the bridge money in the budget?',
        'THE PRESS SECRETARY:\u00a0 It is.',
      ].join('\n\n'),
    );
    const turns = pairs(t, 'turn');
    expect(turns.map(([, text]) => text)).toEqual(['Good afternoon, everyone.', 'Is the bridge money in the budget?', 'It is.']);
    expect(turns[0][0]).toBe(turns[2][0]);
    expect(turns[0][0]).not.toBeNull();
    expect(turns[1][0]).toBe('Reporter');
  });
});

describe('transcripts: role-only labels resolved from the text', () => {
  it('resolves THE PRESIDENT: from a headline below a site-chrome first line', () => {
    const t = parse(
      [
        'The White House',
        'Remarks by President Delphine Okoro at a Roundtable on Rural Broadband',
        'THE PRESIDENT:  Thank you all for coming.',
        'Q    How many towns will be connected?',
        'THE PRESIDENT:  Four hundred by the summer.',
      ].join('\n\n'),
    );
    expect(pairs(t, 'turn')).toEqual([
      ['Delphine Okoro', 'Thank you all for coming.'],
      ['Reporter', 'How many towns will be connected?'],
      ['Delphine Okoro', 'Four hundred by the summer.'],
    ]);
  });

  it('resolves "Q3 Chair:" and "Chair:" from a "Members present:" line', () => {
    const t = parse(
      [
        'Rural Affairs Committee: Oral evidence',
        'Members present: Margaret Ofori (Chair); Callum Baird; Priya Dunmore.',
        'Q3 Chair: Can you tell us how many farms have applied?',
        'Witness: About nine hundred so far.',
        'Chair: Thank you.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'About nine hundred')).toBe('Witness');
    expect(saidBy(t, 'Can you tell us how many farms')).toBe('Margaret Ofori');
    expect(saidBy(t, 'Thank you.')).toBe('Margaret Ofori');
  });

  it('resolves "Madam Deputy Speaker (Rosalind Achter)" to Rosalind Achter', () => {
    const t = parse(
      [
        'Ferry Services Bill',
        'Madam Deputy Speaker (Rosalind Achter): Order. I call the Minister.',
        'Mr Owen Prideaux (Westfold) (Lab): On a point of order, Madam Deputy Speaker.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Order. I call the Minister.')).toBe('Rosalind Achter');
  });
});

describe('transcripts: Hansard web copies with names on lines of their own', () => {
  const t = parse(
    [
      'Rural Transport Bill',
      'Lords Chamber',
      '(2 years ago)',
      'Lord Hale of Dunmore Portrait Lord Hale of Dunmore\n- Hansard - - - Excerpts',
      'My Lords, the bus services in the north have been cut by half.',
      'That is why I tabled this amendment.',
      'Baroness Orme (Lab)',
      'My Lords, I support the noble Lord.',
      'The Earl of Ashby (CB) [V]',
      'My Lords, the ferries matter as much as the buses.',
    ].join('\n\n'),
  );

  it('takes "X Portrait X" and "- Hansard - - - Excerpts" as a label, and the turn runs over its next paragraphs', () => {
    expect(saidBy(t, 'My Lords, the bus services')).toBe('Lord Hale of Dunmore');
    expect(saidBy(t, 'That is why I tabled')).toBe('Lord Hale of Dunmore');
    expect(t.quotes.some((q) => /Hansard|Excerpts/.test(q.text))).toBe(false);
  });

  it('takes "Baroness Orme (Lab)" and "The Earl of Ashby (CB) [V]" as labels', () => {
    expect(saidBy(t, 'My Lords, I support')).toBe('Baroness Orme');
    expect(saidBy(t, 'My Lords, the ferries')).toMatch(/^(?:The )?Earl of Ashby$/);
  });

  it('does not take page chrome ("Lords Chamber", "(2 years ago)") as a speaker', () => {
    const names = t.speakers.map((s) => s.name);
    expect(names).not.toContain('Lords Chamber');
    expect(names.some((n) => /years ago/.test(n))).toBe(false);
  });

  it('reads a Commons member with constituency and a minister with a title, and a later bare name line', () => {
    const u = parse(
      [
        'Rural Buses',
        'Commons Chamber',
        'Jane Tarrow Portrait Jane Tarrow (Eden Vale) (Lab)',
        '- Hansard - - - Excerpts',
        'What steps is the Department taking to restore bus routes in Eden Vale?',
        'Imran Qadir Portrait The Parliamentary Under-Secretary of State for Transport (Imran Qadir)\n- Hansard - - - Excerpts',
        'We have given the county an extra four million pounds.',
        'Jane Tarrow',
        'Four million will not bring back the evening buses.',
      ].join('\n\n'),
    );
    expect(pairs(u, 'turn')).toEqual([
      ['Jane Tarrow', 'What steps is the Department taking to restore bus routes in Eden Vale?'],
      ['Imran Qadir', 'We have given the county an extra four million pounds.'],
      ['Jane Tarrow', 'Four million will not bring back the evening buses.'],
    ]);
    expect(u.speakers.map((s) => s.name)).not.toContain('Commons Chamber');
  });

  it('reads committee records with "The Convener" and "Name (Body)" on lines of their own', () => {
    const u = parse(
      [
        'Local Government and Housing Committee',
        'The Convener',
        'Good morning. Our first witness is from the housing unit.',
        'Yvette Burns (Housing Unit)',
        'Thank you, convener. We have three hundred families waiting.',
        'The Convener',
        'How long do they wait?',
      ].join('\n\n'),
    );
    const turns = pairs(u, 'turn');
    expect(turns.map(([, text]) => text)).toEqual([
      'Good morning. Our first witness is from the housing unit.',
      'Thank you, convener. We have three hundred families waiting.',
      'How long do they wait?',
    ]);
    expect(turns[1][0]).toBe('Yvette Burns');
    expect(turns[0][0]).not.toBeNull();
    expect(turns[0][0]).toBe(turns[2][0]);
  });
});

describe('transcripts: a caption-style copy starting at its first label', () => {
  it('keeps the first turn instead of taking it as the title', () => {
    const t = parse(
      [
        'Karoline Vest (00:00):',
        'Good evening and welcome to the town hall on the harbour plan.',
        'Speaker 1 (00:03):',
        'Thank you for having us.',
        'Karoline Vest (00:07):',
        'Let us start with the first question.',
      ].join('\n'),
    );
    expect(pairs(t, 'turn')).toEqual([
      ['Karoline Vest', 'Good evening and welcome to the town hall on the harbour plan.'],
      ['Speaker 1', 'Thank you for having us.'],
      ['Karoline Vest', 'Let us start with the first question.'],
    ]);
  });
});

describe('articles: partial quotes and who governs them', () => {
  it('gives a characterisation ("called the plan “…”", "described it as “…”") to the person who made it', () => {
    const t = parse(
      [
        'Tariff row',
        'Trade Minister Vitold Sarnas called the proposal “a step backwards”, and Deputy Mayor Ines Korrel described it as “unworkable in practice”.',
        'Both sides criticised the so-called “quiet corridor” again.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'a step backwards')).toBe('Vitold Sarnas');
    expect(saidBy(t, 'unworkable in practice')).toBe('Ines Korrel');
    expect(t.quotes.some((q) => q.text === 'quiet corridor')).toBe(false);
  });

  it('gives a partial quote in an "According to X, …" sentence to X', () => {
    const t = parse(['Grain deal', 'Agriculture Minister Dana Velk met exporters on Friday.', 'According to Velk, the quotas “will not change before spring”.'].join('\n\n'));
    expect(saidBy(t, 'will not change before spring')).toBe('Dana Velk');
  });

  it('finds a body after an opening phrase: "In a statement published in the evening, the Kremlin said … “…”"', () => {
    const t = parse(['Supplies', 'In a statement published in the evening, the Kremlin said Russia “remains a reliable supplier”.'].join('\n\n'));
    expect(saidBy(t, 'remains a reliable supplier')).toBe('Kremlin');
  });

  it('gives unnamed people a generic speaker marked unnamed, never a named person nearby', () => {
    const t = parse(['Flood', 'Mayor Teodor Brisk visited the flooded district on Monday.', '“We lost everything in one night,” a young resident said.'].join('\n\n'));
    const q = quoteStarting(t, 'We lost everything');
    const speaker = t.speakers.find((s) => s.id === q.speaker)!;
    expect(speaker.unnamed).toBe(true);
    expect(speaker.name).not.toContain('Brisk');
    expect(q.cue).toBe('unnamed-person');
  });
});

describe('articles: pronouns after a subordinate clause', () => {
  it('takes the main clause\'s subject ("When the director …, Hrabovsky was not satisfied. “…,” he said")', () => {
    const t = parse(
      [
        'Plant visit',
        'President Anton Hrabovsky toured the plant with its director, Viktor Olesko.',
        'When the director put the figure at 71 percent, Anton Hrabovsky was not satisfied. “Seventy-one is yesterday,” he said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Seventy-one is yesterday')).toBe('Anton Hrabovsky');
  });
});

describe('articles: long titles before a name', () => {
  it('reads "Head of the Republic of Varsk Ruslan Mirzayev" as a person, whom "the head of the region … he said" means', () => {
    const t = parse(
      [
        'Regional visit',
        'MINSK, 13 April (Velpress) – Trade will double this year, Head of the Republic of Varsk Ruslan Mirzayev said during a meeting with Belarusian President Oleg Dravin on 13 April.',
        'The head of the region thanked his host for the meeting. «We are sincerely glad to visit your country,» he said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We are sincerely glad')).toBe('Ruslan Mirzayev');
  });
});

describe('transcripts: lines that look like labels', () => {
  it('reads "On Haiti:" and "And on Bahrain:" as topic lead-ins inside the speech, not speakers', () => {
    const t = parse(
      [
        'Noon briefing',
        'Spokesman Tomas Ferro: Good afternoon. I will start with two statements.',
        'On Haiti:  The Secretary-General is deeply concerned about the violence.',
        'And on Bahrain:  The Secretary-General calls for calm.',
        'Question: Is there a date for the envoy’s visit?',
        'Spokesman Tomas Ferro: Not yet.',
      ].join('\n\n'),
    );
    expect(t.speakers.map((s) => s.name)).toEqual(['Tomas Ferro', 'Reporter']);
    expect(saidBy(t, 'On Haiti:')).toBe('Tomas Ferro');
  });

  it('takes a long title with the name in brackets, alone on its line, as that person\'s label', () => {
    const t = parse(
      [
        'Rural rail',
        'Siobhan Gale (Eden Fells) (Lab)',
        'Will the Minister meet me about the branch line?',
        'The Parliamentary Under-Secretary of State for Transport (Imran Qadir)',
        'I will gladly meet the hon. Lady.',
      ].join('\n\n'),
    );
    expect(pairs(t, 'turn')).toEqual([
      ['Siobhan Gale', 'Will the Minister meet me about the branch line?'],
      ['Imran Qadir', 'I will gladly meet the hon. Lady.'],
    ]);
  });
});

describe('articles: documents and bodies', () => {
  it('gives a document\'s words to the document, named as the text named it ("the resolution reads", "it claims")', () => {
    const t = parse(
      [
        'Vote in Strasbourg',
        'Parliament adopted a resolution on press freedom in Varnia on Thursday. Rapporteur Ilse Brandner welcomed the vote.',
        '"The authorities have ignored every warning," the resolution reads.',
        '"Independent media have been reduced to a handful of websites," it claims.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The authorities have ignored')).toBe('Resolution on press freedom in Varnia');
    expect(saidBy(t, 'Independent media have been reduced')).toBe('Resolution on press freedom in Varnia');
    expect(quoteStarting(t, 'The authorities have ignored').cue).toBe('document-cue');
  });

  it('reads a body through a later verb: "the Kremlin said the leaders had agreed to meet again “…”"', () => {
    const t = parse(['Talks', 'In a separate statement, the Kremlin said the leaders had agreed to meet again "at the earliest opportunity".'].join('\n\n'));
    expect(saidBy(t, 'at the earliest opportunity')).toBe('Kremlin');
  });

  it('gives an unnamed spokesperson "for" a body a generic speaker named so', () => {
    const t = parse(['Water', 'A spokesperson for the Harran Water Authority said repairs would be finished "within weeks".'].join('\n\n'));
    const q = quoteStarting(t, 'within weeks');
    const speaker = t.speakers.find((s) => s.id === q.speaker)!;
    expect(speaker.unnamed).toBe(true);
    expect(speaker.name).toBe('A spokesperson for the Harran Water Authority');
  });
});

describe('articles: appositives and indefinite roles', () => {
  it('takes the name before an appositive role as the subject ("Clara Holt, the shadow energy secretary, said: “…”")', () => {
    const t = parse(
      [
        'Fuel payments',
        'Chancellor Rachel Veen defended the cut on Monday.',
        'Clara Holt, the shadow energy secretary, said: “They misled the public about the payments.”',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'They misled the public')).toBe('Clara Holt');
  });

  it('gives "A spokesperson added: “…”" an unnamed speaker, not the body or person named before', () => {
    const t = parse(['Meeting', 'Ostrava Police confirmed that officers attended the meeting. A spokesperson added: “At this stage, no investigation has been launched.”'].join('\n\n'));
    const q = quoteStarting(t, 'At this stage');
    const speaker = t.speakers.find((s) => s.id === q.speaker)!;
    expect(speaker.unnamed).toBe(true);
    expect(speaker.name).toBe('A spokesperson');
  });
});

describe('transcripts: stacked records', () => {
  it('reads a time stamp, a name line and a constituency or office line as the label of the speech under them', () => {
    const t = parse(
      [
        'Business of the House',
        'Lab\n  11:17:43\nTamsin Debray\nBristol Vale\nWill the Leader of the House give us the forthcoming business?\n  11:18:49\nPenelope Mordant\nThe Leader of the House of Commons\nThe business for the week will include:',
        'Monday—Second Reading of the Rivers Bill.',
        '  11:19:05\nTamsin Debray\nI thank the Leader of the House for the business.',
      ].join('\n\n'),
    );
    expect(pairs(t, 'turn')).toEqual([
      ['Tamsin Debray', 'Will the Leader of the House give us the forthcoming business?'],
      ['Penelope Mordant', 'The business for the week will include:'],
      ['Penelope Mordant', 'Monday—Second Reading of the Rivers Bill.'],
      ['Tamsin Debray', 'I thank the Leader of the House for the business.'],
    ]);
  });
});

describe('articles: deputies and appositive names', () => {
  it('does not take a deputy mayor for "the mayor"', () => {
    const t = parse(
      [
        'Old town',
        'Mayor Gianni Ferro announced the closure on Thursday.',
        'Deputy Mayor Chiara Lombardi presented the bus timetable.',
        'The mayor rejected the criticism. "We tried half-measures for twenty years," he said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We tried half-measures')).toBe('Gianni Ferro');
  });

  it('takes the name set after a role ("the head of the council, Petro Savik, opened …") as the subject for "he"', () => {
    const t = parse(
      [
        'Blackout',
        'Serhii Demko, head of the regional power company, told the radio that crews were at work.',
        'In the village of Luhyny, the head of the local council, Petro Savik, opened the school. "People come with lanterns and kettles," he told the radio station.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'People come with lanterns')).toBe('Petro Savik');
  });
});

describe('transcripts: committee records copied from the web', () => {
  it('reads "Photo of X X Party, Seat time" as X\'s label, and a Q under it as X\'s question number', () => {
    const t = parse(
      [
        'Examination of Witness',
        'Photo of Derrick Twine Derrick Twine Labour, Halton 10:35 am, 24th November 2020',
        'Q Order. We will now hear oral evidence from Sir Richard Dearly.',
        'Sir Richard Dearly:',
        'I was in the service for thirty-eight years.',
        'Photo of Derrick Twine Derrick Twine Labour, Halton',
        'Thank you so much for being a witness.',
      ].join('\n\n'),
    );
    expect(pairs(t, 'turn')).toEqual([
      ['Derrick Twine', 'Order. We will now hear oral evidence from Sir Richard Dearly.'],
      ['Richard Dearly', 'I was in the service for thirty-eight years.'],
      ['Derrick Twine', 'Thank you so much for being a witness.'],
    ]);
  });
});

describe('transcripts: lines that are not speakers', () => {
  const t = parse(
    [
      'Committee evidence',
      'Members present: Margot Hale (Chair); Ivo Dunn.',
      'Witnesses: Dr Anna Brandt, Director, Flood Institute.',
      'I: Dr Anna Brandt, Director, Flood Institute; Tom Keel, Farmers Union.',
      'Transcript of the beginning of the meeting:',
      'May 3, 2019, Kazan',
      'Q1 Chair: Good morning. Why I am saying this: because time is short.',
      'Dr Anna Brandt: Thank you.',
      'And the question was: Do you believe the plan works?',
      '–',
      'Q2 Chair: Mr Keel?',
      'Tom Keel: It does not.',
    ].join('\n\n'),
  );

  it('never makes "I:", "Witnesses:", "Transcript of …:", a dateline or a colon inside a sentence a speaker', () => {
    expect(t.speakers.map((s) => s.name).sort()).toEqual(['Anna Brandt', 'Margot Hale', 'Tom Keel']);
  });

  it('keeps a sentence with a colon inside the turn it belongs to, and a lone dash as a separator', () => {
    expect(pairs(t, 'turn')).toEqual([
      ['Margot Hale', 'Good morning. Why I am saying this: because time is short.'],
      ['Anna Brandt', 'Thank you.'],
      ['Anna Brandt', 'And the question was: Do you believe the plan works?'],
      ['Margot Hale', 'Mr Keel?'],
      ['Tom Keel', 'It does not.'],
    ]);
    expect(t.paragraphs.some((p) => p.text === '–')).toBe(false);
  });
});

describe('transcripts: a copy that lost its first labels', () => {
  it('opens the host\'s turn at "I\'m Name" before the first label, and a co-host\'s at the next "And I\'m Name"', () => {
    const t = parse(
      [
        'Embedded, part 4',
        'Hey, I’m Kelda Marsh.',
        'And I’m Evan Mendle.',
        'MARSH: And this is EMBEDDED.',
        'In the summer, it was clear who would be the nominee.',
        'MENDLE: He had insulted almost everybody.',
      ].join('\n\n'),
    );
    expect(pairs(t, 'turn')).toEqual([
      ['Kelda Marsh', 'Hey, I’m Kelda Marsh.'],
      ['Evan Mendle', 'And I’m Evan Mendle.'],
      ['Kelda Marsh', 'And this is EMBEDDED.'],
      ['Kelda Marsh', 'In the summer, it was clear who would be the nominee.'],
      ['Evan Mendle', 'He had insulted almost everybody.'],
    ]);
    expect(t.quotes[0].cue).toBe('self-introduction');
  });
});

describe('transcripts: questioners who name themselves', () => {
  it('names a QUESTION: turn that opens with the questioner\'s name and outlet, and leaves other questions unnamed', () => {
    const t = parse(
      [
        'Department Press Briefing',
        'MR OYELAR: Good afternoon. I have one announcement.',
        'QUESTION: Hi, Tunde. Dilnoza Karimova, Tashkent Daily. Will the envoy travel this month?',
        'MR OYELAR: Not this month, Dilnoza.',
        'QUESTION: United States, Russia and China all sent envoys. Why not now?',
        'MR OYELAR: We will see.',
        'Q Madam Secretary, I’m a farmer out past Cole’s Crossing. Will the water come?',
        'MR OYELAR: It will.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Madam Secretary, I’m a farmer')).toBe('Reporter');
    expect(saidBy(t, 'Hi, Tunde.')).toBe('Dilnoza Karimova');
    expect(quoteStarting(t, 'Hi, Tunde.').cue).toBe('self-introduction');
    expect(saidBy(t, 'United States, Russia')).toBe('Reporter');
  });
});

describe('articles: sentence ends after a quote', () => {
  it('ends the sentence after a quote that closes with a full stop when a new clause follows (not a bare cue)', () => {
    const t = parse(
      [
        'Ceasefire',
        'Army spokesman Colonel Dan Hecht spoke to reporters on Tuesday.',
        'The army confirmed that it is "ready for a long campaign in the north." The Ostrian Chancellery announced that a pause would begin on Thursday, describing it as "a welcome first move."',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'ready for a long campaign')).not.toBe('Ostrian Chancellery');
    expect(saidBy(t, 'a welcome first move')).toBe('Ostrian Chancellery');
  });
});

describe('articles: roles nobody in the text holds', () => {
  it('gives "the spokesperson said" an unnamed speaker, and "the President said" with no president nobody', () => {
    const t = parse(
      [
        'Meeting row',
        'Councillor Bernard Arsk refused to attend the meeting on Friday.',
        'The spokesperson said: “We tried to arrange a date, but he never answered.”',
        '“The law is clear,” the President said.',
      ].join('\n\n'),
    );
    const spokes = quoteStarting(t, 'We tried to arrange');
    expect(t.speakers.find((s) => s.id === spokes.speaker)?.unnamed).toBe(true);
    const president = quoteStarting(t, 'The law is clear');
    expect(president.speaker).toBeNull();
    expect(president.cue).toBe('unknown-role');
    expect(t.speakers.map((s) => s.name)).not.toContain('President');
  });
});

describe('transcripts: a speech published as its words alone', () => {
  const turnsOf = (t: ReturnType<typeof parse>) => t.quotes.filter((q) => q.kind === 'turn');

  it('gives an unlabelled briefing to the person the page announces, up to its first label', () => {
    const t = parse(
      [
        'Daily Press Briefing by the Office of the Spokesperson',
        '12 March 2026',
        'The following is a near-verbatim transcript of today’s noon briefing by Tomas Ferreira, Spokesman for the Council.',
        'Good afternoon.  I will start with a statement on the harbour agreement.',
        'On Veloria:  The Council welcomes the signing of the harbour agreement.  It calls on both sides to keep their word.',
        'Question:  Tomas, when will the Council meet again?',
        'Spokesman:  Next Tuesday, as far as I know.',
        'Question:  And the harbour?',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Good afternoon.')).toBe('Tomas Ferreira');
    expect(saidBy(t, 'On Veloria:')).toBe('Tomas Ferreira');
    expect(quoteStarting(t, 'Good afternoon.').cue).toBe('announced-speech');
    // The announcement itself is the page's, not the speech.
    expect(t.quotes.some((q) => q.text.startsWith('The following is'))).toBe(false);
    expect(quoteStarting(t, 'Tomas, when will the Council').cue).toBe('label');
    expect(saidBy(t, 'Tomas, when will the Council')).not.toBe('Tomas Ferreira');
  });

  it('starts the speech after the page furniture that follows the announcement', () => {
    const t = parse(
      [
        'PM statement on the harbour strike: 4 May 2026',
        'Prime Minister Aled Harcourt delivered the following statement in Downing Street.',
        'From:\nPrime Minister’s Office',
        'Delivered on:\n4 May 2026 (Transcript of the speech, exactly as it was delivered)',
        'Good afternoon.',
        'Six weeks ago I promised you that we would not let the harbours close.',
        'I said that we would stand by the workers, and we have.',
      ].join('\n\n'),
    );
    expect(turnsOf(t).map((q) => q.text)).toEqual([
      'Good afternoon.',
      'Six weeks ago I promised you that we would not let the harbours close.',
      'I said that we would stand by the workers, and we have.',
    ]);
    expect(new Set(turnsOf(t).map((q) => t.speakers.find((s) => s.id === q.speaker)?.name))).toEqual(new Set(['Aled Harcourt']));
  });

  it('reads "Remarks of X — As Prepared for Delivery" and "The statement made by X"', () => {
    const remarks = parse(
      [
        'Remarks of Governor Linnea Marsh on Founders Day -- As Prepared for Delivery',
        'Office of the Governor',
        'May 31, 2026',
        'Good evening. No place in this state means more to me than the old harbour.',
        'This morning I sat with the families of the harbour pilots.',
      ].join('\n\n'),
    );
    expect(saidBy(remarks, 'This morning I sat')).toBe('Linnea Marsh');
    const statement = parse(
      [
        'Irena Volk – 2026 Statement on the Flooding in the North',
        'The statement made by Irena Volk, the First Minister, on 3 February 2026.',
        'Our thoughts tonight are with every family who lost a home.',
        'The valleys have flooded before. We will rebuild, together.',
      ].join('\n\n'),
    );
    expect(saidBy(statement, 'The valleys have flooded')).toBe('Irena Volk');
  });

  it('reads a bare "Transcript:" line after a lead that calls the text X’s speech, greeting line and all', () => {
    const t = parse(
      [
        'Aled Harcourt – First Speech (24/07/26)',
        'Aled Harcourt’s first speech as Prime Minister, 24 July 2026, at Downing Street.',
        'Transcript:',
        'Good afternoon',
        'I have come from the palace, where I was asked to form a government, and I said yes.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Good afternoon')).toBe('Aled Harcourt');
    expect(saidBy(t, 'I have come from the palace')).toBe('Aled Harcourt');
    const full = parse(
      [
        'Read in full: the Chancellor’s budget speech',
        'Chancellor Mira Lovell delivered her budget to the House on Wednesday. Here is the full text of her speech.',
        'Madam Deputy Speaker, today I present a budget for growth.',
        'We will build the homes this country needs.',
      ].join('\n\n'),
    );
    expect(saidBy(full, 'We will build the homes')).toBe('Mira Lovell');
  });

  it('leaves an article that reports a speech to the usual rules', () => {
    const t = parse(
      [
        'Minister says harbour deal is close',
        'Minister Pavel Orlik gave a speech at the harbour forum on Tuesday. A transcript of the speech was later published.',
        '"We are close to a deal," Orlik said. He added that the unions had been patient.',
        'The minister said the agreement would be signed next week.',
        'Dockers in Varenka said they would wait and see.',
      ].join('\n\n'),
    );
    expect(turnsOf(t)).toEqual([]);
    expect(quoteStarting(t, 'We are close to a deal').cue).toBe('quote-then-cue');
  });

  it('lets a host who introduces themself keep their own name', () => {
    const t = parse(
      [
        'Harbour Stories, Part 2',
        'Transcript of the episode',
        'Hey, I’m Rosa Delgado.',
        'And this is HARBOUR STORIES.',
        'MARK ELLIS: Thanks, Rosa.',
        'DELGADO: So, the strike.',
        'ELLIS: Yes, the strike.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Hey, I’m Rosa Delgado.')).toBe('Rosa Delgado');
  });
});

describe('articles: a body called by its head noun', () => {
  it('names "the ministry" by the full name the text gives it, before or after the quote', () => {
    const later = parse(
      [
        '"Two drones were shot down over the Varsk region overnight," the ministry said in a statement.',
        'MOSCOW (Agency) - Air defences downed two drones over the Varsk region, the Estravian Defence Ministry said on Monday.',
      ].join('\n\n'),
    );
    expect(saidBy(later, 'Two drones were shot down')).toBe('Estravian Defence Ministry');
    const earlier = parse(
      [
        'Drones downed over Varsk',
        'The Ministry of Defence of Estravia reported on Monday that two drones had been shot down.',
        '“Both were destroyed over open fields,” the ministry said.',
      ].join('\n\n'),
    );
    expect(saidBy(earlier, 'Both were destroyed')).toBe('Ministry of Defence of Estravia');
  });

  it('keeps two ministries apart, and never borrows a name that lacks a word the text wrote', () => {
    const t = parse(
      [
        'Talks on the border',
        'The Estravian Foreign Ministry summoned the ambassador on Tuesday. The Estravian Defence Ministry put troops on alert.',
        '“The ambassador was handed a note,” the foreign ministry said.',
        '“Our units are ready,” the defence ministry said.',
        '“We will answer every provocation,” the interior ministry said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The ambassador was handed')).toBe('Estravian Foreign Ministry');
    expect(saidBy(t, 'Our units are ready')).toBe('Estravian Defence Ministry');
    expect(saidBy(t, 'We will answer every')).toBe('Interior ministry');
  });

  it('gives a body named alone the fuller name the text gives it ("Gazvalta" → "Gazvalta of Estravia")', () => {
    const t = parse(
      [
        'Gas company denies supply reports',
        'Gazvalta of Estravia has denied reports that it will resume deliveries to the occupied districts.',
        '“These reports are false,” Gazvalta wrote on its page.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'These reports are false')).toBe('Gazvalta of Estravia');
  });
});

describe('articles: sources named with "according to"', () => {
  it('keeps an Arabic article in the surname ("Karim al-Sayed"), so a following "He stated" finds him', () => {
    const t = parse(
      [
        'Conflicting statements on the ceasefire',
        'On Thursday, Karim al-Sayed, the press officer of the Varsk Front’s council, rejected talk of a truce. He stated, according to a post on the Front’s channel, "The talks go on, and nothing has been signed."',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The talks go on')).toBe('Karim al-Sayed');
  });

  it('gives a quote that an agency passes on to the body the sentence names as its source', () => {
    const t = parse(
      [
        'Withdrawal postponed again',
        'The withdrawal near Bohdanka has been postponed. According to the Command of the Northern Border Operation, "militants opened fire twice overnight," the Varsk Daily news agency reports.',
      ].join('\n\n'),
    );
    const q = quoteStarting(t, 'militants opened fire');
    expect(saidBy(t, 'militants opened fire')).toBe('Command of the Northern Border Operation');
    expect(q.cue).toBe('according-to');
  });

  it('makes the person named as a source ("according to Channel Nine’s Lena Brook") the one a following "she said" means', () => {
    const t = parse(
      [
        'Talks in Varenka',
        'It was clear something major was developing after envoy Robert Vance flew to Varenka, but details are key, according to Channel Nine’s Lena Brook.',
        '“It is a plan in stages. It rests on trust,” she said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'It is a plan in stages')).toBe('Lena Brook');
  });

  it('never gives a "she said" quote to a man as the previous subject', () => {
    const t = parse(
      [
        'Talks in Varenka',
        'Envoy Robert Vance flew to Varenka on Sunday.',
        '“It is a plan in stages,” she said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'It is a plan in stages')).not.toBe('Robert Vance');
  });
});

describe('articles: descriptions, participles and issued statements', () => {
  it('takes the name before a description set off by commas as the subject ("Ruth Harlow, a … councillor, who …, described")', () => {
    const t = parse(
      [
        'Council meeting ends in uproar',
        'Pierre de Valmont, who sat through it, called the session a "circus".',
        'Ruth Harlow, a Marshton town councillor, who also watched from the gallery, described the session as "a farce".',
        'She told the local radio that 70 people came, which showed "how angry the town has become".',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'a farce')).toBe('Ruth Harlow');
    expect(saidBy(t, 'how angry the town')).toBe('Ruth Harlow');
  });

  it('gives a participle\'s quote to the main clause\'s subject ("X announced that …, describing it as “…”")', () => {
    const t = parse(
      [
        'Ceasefire plan welcomed',
        'Senior official Richard Holt said the talks would resume.',
        'The Ostrian Chancellery announced that Varsk would pause its shelling for four hours on Thursday so that families could leave, describing it as "a welcome first move."',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'a welcome first move')).toBe('Ostrian Chancellery');
  });

  it('gives a statement\'s words to the body that issued it, by its spelled-out name', () => {
    const colon = parse(
      [
        'Service comments on death of defector',
        'The Security Service of Varsk (SSV) has commented on the arrest of former MP Ivan Kravets in Ostria. A press statement issued by the SSV said:',
        '"The Security Service of Varsk works quietly and patiently. As deputy Kravets once said, nobody is beyond reach."',
      ].join('\n\n'),
    );
    expect(saidBy(colon, 'The Security Service of Varsk works quietly')).toBe('Security Service of Varsk');
    const after = parse(
      [
        'Ministry responds',
        'Opposition deputy Ivan Kravets said the service had failed.',
        '"All the suspects were detained within a day," a statement issued by the Interior Ministry said.',
        '"The operation went to plan," the statement added.',
      ].join('\n\n'),
    );
    expect(saidBy(after, 'All the suspects were detained')).toBe('Interior Ministry');
    expect(saidBy(after, 'The operation went to plan')).toBe('Interior Ministry');
  });
});

describe('articles: documents referred to again', () => {
  it('gives "the statement said" to whoever "said in a statement" before', () => {
    const t = parse(
      [
        'Grain exports',
        'Earlier, the Ministry of Agriculture said in a statement that no export quotas would be introduced. «The domestic market is fully supplied,» the statement said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The domestic market is fully supplied')).toBe('Ministry of Agriculture');
  });

  it('reads "the text" and "it" as the document named before, not as a document called "Text"', () => {
    const t = parse(
      [
        'Resolution on Estravia',
        'Parliament adopted a resolution on the rule of law in Estravia on Thursday.',
        'The text also claims that 36 journalists were detained. "Independent media have been reduced to a handful of outlets," it claims.',
        '"Nothing will change without pressure," the text says.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Independent media have been reduced')).toBe('Resolution on the rule of law in Estravia');
    expect(saidBy(t, 'Nothing will change')).toBe('Resolution on the rule of law in Estravia');
  });
});

describe('articles: given names that end like nationalities', () => {
  it('reads "Declan Moran" and "Brian Jordan" as names, not as two nationality words', () => {
    const t = parse(
      [
        'Debate on the farm reform',
        'Matteo Ricci (EPP, IT) spoke first. «We need money», he said.',
        'Declan Moran (Greens, IE) turned to environmental rules. He said the reform «talks about money for forty pages».',
        '«The rules are too vague», Brian Jordan said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'talks about money')).toBe('Declan Moran');
    expect(saidBy(t, 'The rules are too vague')).toBe('Brian Jordan');
  });

  it('still reads a nationality before a role ("the South Korean President")', () => {
    const t = parse(['Summit', '“We will meet again,” the South Korean President Min Ho-seo said.'].join('\n\n'));
    const s = t.speakers.find((x) => x.name.includes('Min'));
    expect(s?.role ?? '').toMatch(/President/);
  });
});

describe('articles: a quote nested inside a quote with the same straight mark', () => {
  it('keeps the outer quote whole and gives it (and its second half) to the cue after it', () => {
    const t = parse(
      [
        'Debate on Estravia',
        'MEP Margit Farkas spoke next.',
        '"When Interior Minister Kostic told this House "the border is calm and the media are free", three newsrooms had already been raided," she said. "We owe those journalists more than a sentence."',
      ].join('\n\n'),
    );
    const outer = quoteStarting(t, 'When Interior Minister Kostic told this House');
    expect(outer.text).toContain('three newsrooms had already been raided');
    expect(saidBy(t, 'When Interior Minister Kostic')).toBe('Margit Farkas');
    expect(saidBy(t, 'We owe those journalists')).toBe('Margit Farkas');
  });
});

describe('transcripts: initials and anonymous officials as labels', () => {
  it('reads "JC:" and "T:" as the initials of speakers the text names', () => {
    const t = parse(
      [
        'HarbourCast #16 transcript',
        'Special guest: Stefan Storr (Vidlane - founder)',
        'Jonas Carver:',
        'Okay, welcome to HarbourCast number 16. Tove, the new format worked, did it not?',
        'Tove: I think so.',
        'JC: People, the mail bag was full this week.',
        'T: Harbour diets.',
        'JC: The harbour diet episode did well.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'People, the mail bag')).toBe('Jonas Carver');
    expect(saidBy(t, 'Harbour diets.')).toBe('Tove');
    expect(quoteStarting(t, 'Harbour diets.').confidence).toBeLessThan(0.98);
  });

  it('keeps an unresolvable one-letter label out of the previous speaker’s turn, and never reads "I:" as one', () => {
    const t = parse(['Podcast', 'Mara Lind: Hello.', 'K: Hi, Mara.', 'Mara Lind: How are you?', 'K: Fine.'].join('\n\n'));
    expect(saidBy(t, 'Hi, Mara.')).not.toBe('Mara Lind');
  });

  it('gives a background briefing’s "SENIOR ADMINISTRATION OFFICIAL:" an unnamed speaker', () => {
    const t = parse(
      [
        'BACKGROUND PRESS BRIEFING BY A SENIOR ADMINISTRATION OFFICIAL',
        'MR. DALBY: Hi, everybody. This briefing is on background.',
        'SENIOR ADMINISTRATION OFFICIAL: Hi, everyone. So, I will give you a topline.',
        'Q Thank you. On the budget?',
        'SENIOR ADMINISTRATION OFFICIAL: We will get to that.',
      ].join('\n\n'),
    );
    const q = quoteStarting(t, 'Hi, everyone.');
    const speaker = t.speakers.find((s) => s.id === q.speaker);
    expect(speaker?.unnamed).toBe(true);
    expect(speaker?.name).toBe('Senior Administration Official');
  });
});

describe('articles: paragraphs separated by single line breaks', () => {
  it('reads each line as a paragraph when most lines end a sentence, so a cue does not carry across them', () => {
    const t = parse(
      [
        'Council clears rubbish from backyard',
        [
          'Residents said they had contacted Marsh Council in February about the waste.',
          'Chris Allen, the council’s head of public protection, said: “We wrote to the tenants four times.',
          '“Nobody here takes it lightly.”',
          'The landlord of the property, who declined to be named, said: “The tenant knew what the lease asked of her.”',
          'One neighbour said: “I think the council waited far too long.”',
        ].join('\n'),
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We wrote to the tenants')).toBe('Chris Allen');
    expect(saidBy(t, 'Nobody here takes it lightly')).toBe('Chris Allen');
    expect(saidBy(t, 'The tenant knew')).not.toBe('Chris Allen');
    expect(saidBy(t, 'I think the council')).not.toBe('Chris Allen');
    expect(t.paragraphs.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps a hard-wrapped paragraph (lines ending mid-sentence) whole', () => {
    const t = parse(['Title', 'The minister said on Monday that the\nharbour would reopen before the end of\nthe month, and that the workers would be\npaid in full.'].join('\n\n'));
    expect(t.paragraphs).toHaveLength(1);
  });
});

describe('articles: subjects that are not the last person named', () => {
  it('gives "A police spokesperson described … as “…”" to somebody unnamed, not to the last person named', () => {
    const t = parse(['Police investigate', 'Superintendent Emily Rowe said the school would stay closed on Friday.', 'A police spokesperson described the investigation as “still moving and far from settled.”'].join('\n\n'));
    const q = quoteStarting(t, 'still moving');
    expect(saidBy(t, 'still moving')).not.toBe('Emily Rowe');
    expect(t.speakers.find((s) => s.id === q.speaker)?.unnamed).toBe(true);
  });

  it('reads "said the Rev. Martin E. Bloom, president of …" as one cue, and the quote after it as his', () => {
    const t = parse(['Council vote', '"He never told us the truth," said the Rev. Martin E. Bloom, president of the local civic league. "The council ignored its own rules."'].join('\n\n'));
    expect(saidBy(t, 'He never told us')).toBe('Martin E. Bloom');
    expect(saidBy(t, 'The council ignored')).toBe('Martin E. Bloom');
  });

  it('gives a country\'s words to the country, never to a person named earlier in the sentence', () => {
    const t = parse(['Hospital strike', 'Agency chief Philippe Lazarin condemned the raid, while Ostria called the shelling "plain murder" and "an insult to every neutral flag".'].join('\n\n'));
    expect(saidBy(t, 'plain murder')).toBe('Ostria');
    expect(saidBy(t, 'an insult to every')).toBe('Ostria');
  });

  it('finds a body\'s subject past a relative clause and a long name, and the statement it issued', () => {
    const t = parse(
      [
        'Rubbish cleared',
        'Chris Allen said the council had acted.',
        'Marsh Council, whose crews cleared the yard this week, said it had sent ‘four warnings’ to the tenant.',
        'In a statement released on Monday, the Varsk Ministry of Foreign Affairs denied that “the visit harmed relations in any way.”',
        '“Such claims have no basis,” the statement added.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'four warnings')).toBe('Marsh Council');
    expect(saidBy(t, 'the visit harmed')).toBe('Varsk Ministry of Foreign Affairs');
    expect(saidBy(t, 'Such claims have no basis')).toBe('Varsk Ministry of Foreign Affairs');
  });
});

describe('articles: a draft seen by a medium', () => {
  it('gives "The draft, seen by Meridian, says …" to the document named before it', () => {
    const t = parse(
      [
        'Battery plan',
        'The two governments are expected to publish a joint Varsk-Ostrian declaration later this week. The draft, seen by Meridian, says the partners "share the goal of doubling production by 2028".',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'share the goal')).toBe('Joint Varsk-Ostrian declaration');
  });
});

describe('articles: press releases and names from other traditions', () => {
  it('reads a gov.uk-style release: "X said:" then the words as paragraphs without quotation marks', () => {
    const t = parse(
      [
        'Pension schemes in good health',
        'From: Department for Savings and Paula Maynor MP',
        'Savings Minister Paula Maynor said:',
        'Our pension funds are in better shape than they have been for twenty years.',
        'I want every saver to feel that.',
        'The consultation closes on 1 May.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Our pension funds')).toBe('Paula Maynor');
    expect(saidBy(t, 'I want every saver')).toBe('Paula Maynor');
    expect(t.quotes.some((q) => q.text.startsWith('The consultation closes'))).toBe(false);
  });

  it('knows a Korean surname comes first ("Cho Min-gyu" … "Cho said")', () => {
    const t = parse(
      [
        'Media exchange',
        'Harbour Minister Cho Min-gyu met journalists on Tuesday.',
        '“Reporters can open doors that ministers cannot,” Cho said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Reporters can open')).toBe('Cho Min-gyu');
  });

  it('never reads an article about remarks as a speech printed alone', () => {
    const t = parse(
      [
        'UPDATES WITH REMARKS OF HULUSI ARDA, FAHRI KOCAK',
        'By Selin Arat and Kerem Tunc',
        'ANKARA – Ministers marked the agency’s 100th anniversary on Monday.',
        '"The agency tells the world what it sees, plainly," Foreign Minister Levent Caner said in his speech.',
        'Caner added: "We will stand by its reporters."',
      ].join('\n\n'),
    );
    expect(t.quotes.every((q) => q.cue !== 'announced-speech')).toBe(true);
    expect(saidBy(t, 'The agency tells the world')).toBe('Levent Caner');
  });
});

describe('transcripts: press conferences and hearing records', () => {
  it('gives a press conference’s unlabelled opening to the briefer the title names, and outlet labels to unnamed reporters', () => {
    const t = parse(
      [
        'English Español Русский',
        'Foreign Ministry Spokesperson Lin Hao’s Regular Press Conference on May 4, 2026',
        'At the invitation of the Ostrian government, Vice President Han will visit Varenka on May 6.',
        'Varsk News Agency: A report was issued today on cyber attacks. What is your comment?',
        'Lin Hao: I have noted the report.',
        'Bloomberg: A follow-up on the visit?',
        'Lin Hao: I have nothing to add.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'At the invitation of the Ostrian')).toBe('Lin Hao');
    const q = quoteStarting(t, 'A report was issued today');
    expect(t.speakers.find((s) => s.id === q.speaker)?.unnamed).toBe(true);
    expect(t.speakers.find((s) => s.id === quoteStarting(t, 'A follow-up').speaker)?.unnamed).toBe(true);
  });

  it('reads hearing records whose labels end with a full stop ("Mr. Lindell.", "The Chairman.")', () => {
    const t = parse(
      [
        'Hearing of the Subcommittee on Rules',
        'Mr. Lindell. The meeting will come to order. I am pleased to convene this hearing.',
        'Mr. Hale of Ostria. Thank you, Mr. Chairman.',
        'The Chairman. The gentleman is recognised.',
        'Mr. Lindell. We will now hear from the witnesses.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'The meeting will come to order')).toBe('Mr. Lindell');
    expect(saidBy(t, 'Thank you, Mr. Chairman')).toMatch(/Hale/);
    expect(quoteStarting(t, 'We will now hear').cue).toBe('label');
  });
});

describe('articles: hard-wrapped wire copy and long titles with "for … and …"', () => {
  it('reads a role "Deputy Minister for Economic Development and Trade" before the name, across line breaks', () => {
    const t = parse(
      [
        'Committees on integration',
        'The five committees will meet a month late, Varskian Deputy Minister for Economic\nDevelopment and Trade Dmitry Sukharev told the upper chamber on\nWednesday. “Nothing will stall because a new cabinet is being\nformed this spring,” he emphasised.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Nothing will stall')).toBe('Dmitry Sukharev');
    expect(quoteStarting(t, 'Nothing will stall').cue).toBe('quote-then-cue');
  });

  it('keeps "the spokesman for the Varskian leader, Oleg Pesin" a role set before the name', () => {
    const t = parse(['Contacts', '“I cannot say when the two will speak,” the spokesman for the Varskian leader, Oleg Pesin, said.'].join('\n\n'));
    expect(saidBy(t, 'I cannot say when')).toBe('Oleg Pesin');
  });
});

describe('articles: "he" after a subject whose given name is in no list', () => {
  it('keeps the most recent subject for "he added" rather than an earlier man of known gender', () => {
    const t = parse(
      [
        'Energy talks',
        'VARENKA - Energy Minister Reza Ardaki discussed grid links with Ostria’s envoy to Varsk, Nuriddin Zahor, on Tuesday.',
        'Zahor for his part praised the progress in ties between the two states.',
        '“We are removing every obstacle to trade,” he added.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We are removing every obstacle')).toBe('Nuriddin Zahor');
  });

  it('reads "the former Varsk coach" as the manager named before', () => {
    const t = parse(
      [
        'Late winner',
        'Harbour City manager Dieter Heck described the winner as a lucky goal, despite Paolo Vento’s assist.',
        '"We began brightly and caught them cold," the former Varsk coach said.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'We began brightly')).toBe('Dieter Heck');
  });
});

describe('articles: more subjects and bodies', () => {
  it('never takes a name after "despite" for the subject of the "says" after it', () => {
    const t = parse(['Late winner', 'The winner was a "lucky goal" despite Paolo Vento magic says Harbour City boss Dieter Heck.'].join('\n\n'));
    expect(t.quotes.map((q) => speakerName(t, q))).not.toContain('Paolo Vento');
  });

  it('names "the ministry" by a full name written in lower case ("the French foreign ministry"), never by "On Monday the ministry"', () => {
    const t = parse(['Hostages', 'On Monday the ministry announced new rules. The Ostrian foreign ministry summoned the envoy.', '"Nothing has changed," the ministry said.'].join('\n\n'));
    expect(saidBy(t, 'Nothing has changed')).toBe('Ostrian foreign ministry');
  });
});

describe('articles: a long title between the quote and its verb', () => {
  it('reads “…,” chairman of the Committee on Border Affairs Vadim Gusev told the agency', () => {
    const t = parse(
      [
        'Integration session',
        '“Members should see the figures for themselves,” chairman of the Upper Chamber Committee on Border Affairs Vadim Gusev told the agency.',
        '“What the new ministers decide matters to us,” he remarked.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Members should see')).toBe('Vadim Gusev');
    expect(saidBy(t, 'What the new ministers')).toBe('Vadim Gusev');
  });
});

describe('transcripts: a short paragraph ending in a stage direction', () => {
  it('keeps "And if they don’t, you call my office. I mean it. (Laughter.)" as the speaker’s paragraph, not a heading', () => {
    const t = parse(
      [
        'Remarks by President Delphine Okoro',
        'THE PRESIDENT: Hello.',
        'Q: What about the cost?',
        'THE PRESIDENT: That is a fair question. Every provider has to offer a plan.',
        'And if they don’t, you call my office. I mean it. (Laughter.)',
        'AUDIENCE MEMBER: We will hold you to it!',
      ].join('\n\n'),
    );
    expect(t.paragraphs.some((p) => p.text.startsWith('And if they don’t'))).toBe(true);
    expect(saidBy(t, 'And if they don’t')).toBe('Delphine Okoro');
  });
});

describe('articles: "Ambassador to the U.S." before a name', () => {
  it('learns the ambassador, so "he said" and "the ambassador added" are his', () => {
    const t = parse(
      [
        'New ambassador focused on relations',
        'VARENKA, September 2. Varsk’s new Ambassador to the U.S. Anatol Antonik told a television channel that mending ties comes first.',
        '"Not every bridge has been burned," he said.',
        '"I intend to build on what is left," the ambassador added.',
      ].join('\n\n'),
    );
    expect(saidBy(t, 'Not every bridge')).toBe('Anatol Antonik');
    expect(saidBy(t, 'I intend to build')).toBe('Anatol Antonik');
  });
});

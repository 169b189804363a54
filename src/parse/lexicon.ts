/** Word lists the parser's rules share. Lower-case; multi-word entries are matched as phrases. */

/** Verbs that introduce speech (direct or indirect), in the forms articles use. */
export const SPEECH_VERBS = new Set(
  `said says say added adds noted notes stressed stresses assured assures summarized summarised summed remarked
  remarks agreed agrees replied replies joked jokes asked asks explained explains warned warns emphasized emphasised
  emphasizes underlined underscored pointed continued continues recalled recalls told tells stated states declared
  declares announced announces insisted insists observed observes commented comments concluded concludes answered
  answers responded responds admitted admits acknowledged acknowledges argued argues claimed claims suggested
  suggests urged urges wrote writes confirmed confirms promised promises reminded reminds believes believed thinks
  thought spoke speaks mentioned mentions proposed proposes objected objects interjected exclaimed exclaims
  complained complains repeated repeats assumed assumes reported reports highlighted highlights specified
  shared shares praised praises cautioned cautions conceded concedes countered counters went saying adding
  noting stressing explaining asking replying recalling warning insisting telling commenting quoted
  vowed vows vow pledged pledges instructed described describes describing quipped called calling dubbed branded
  reiterated reiterates reiterating reads denied denies denying retorted retorts asserted asserts contended contends
  maintained maintains lamented laments boasted boasts predicted predicts revealed reveals affirmed affirms
  clarified clarifies recounted recounts tweeted tweets thanked thanking branding dubbing labelling labeling labelled labeled
  accused accuses accusing threatened threatens threatening alleged alleges alleging claiming blasted slammed
  criticised criticized condemned denounced hailed questioned`
    .split(/\s+/)
    .filter(Boolean),
);

/** Speech verbs that take "to"-less objects and so never mark their object as a speaker. */
export const ADDRESSING_VERBS = new Set(
  'told tells asked asks assured assures reminded reminds thanked thanks congratulated invited urged warned informed met greeted'.split(
    ' ',
  ),
);

/** Verbs of opinion: reported as indirect speech, with less confidence than speech verbs. */
export const OPINION_VERBS = new Set('believes believed thinks thought assumed assumes'.split(' '));

/** Words after which a following mention is an addressee or object, never the speaker. */
export const OBJECT_MARKERS = new Set(
  'told tells asked asks assured assures reminded reminds thanked thanks congratulated invited urged warned informed met with to for from by about on greeted welcomed called addressed against visited of and despite towards toward beside besides alongside including unlike'.split(
    ' ',
  ),
);

/** Role nouns, grouped into classes that may refer to one another ("the leader" can be "the President"). */
export const ROLE_CLASSES: Record<string, string> = {
  president: 'head',
  leader: 'leader',
  'head of state': 'head',
  'head of the state': 'head',
  'head of government': 'government',
  premier: 'government',
  'prime minister': 'government',
  chancellor: 'government',
  king: 'head',
  queen: 'head',
  emperor: 'head',
  monarch: 'head',
  minister: 'minister',
  secretary: 'minister',
  'press secretary': 'spokesperson',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson',
  governor: 'governor',
  mayor: 'mayor',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  chair: 'chair',
  convener: 'chair',
  convenor: 'chair',
  director: 'director',
  ceo: 'director',
  chief: 'director',
  head: 'director',
  ambassador: 'ambassador',
  senator: 'legislator',
  deputy: 'legislator',
  congressman: 'legislator',
  congresswoman: 'legislator',
  mp: 'legislator',
  mep: 'legislator',
  lawmaker: 'legislator',
  rapporteur: 'legislator',
  councillor: 'legislator',
  // "State Counselor Erlan Karin" … "the Kazakh State Counselor said"; an adviser to a leader.
  counselor: 'adviser',
  counsellor: 'adviser',
  adviser: 'adviser',
  advisor: 'adviser',
  // Local government's own word for a councillor; "council member" as US cities write it.
  'elected member': 'legislator',
  'council member': 'legislator',
  councilmember: 'legislator',
  councilman: 'legislator',
  councilwoman: 'legislator',
  commissioner: 'commissioner',
  engineer: 'engineer',
  commander: 'commander',
  general: 'commander',
  envoy: 'ambassador',
  speaker: 'speaker',
  moderator: 'moderator',
  host: 'moderator',
  presenter: 'moderator',
  anchor: 'moderator',
  counterpart: 'counterpart',
  colleague: 'counterpart',
  // Sport: "Harbour City boss Dieter Heck" is "the former Varsk coach" of the next paragraph.
  coach: 'coach',
  'head coach': 'coach',
  manager: 'coach',
  boss: 'coach',
  captain: 'captain',
  skipper: 'captain',
};

/**
 * Abbreviated titles before a name ("Sen. Lena Brook", "Lt. Gov. Dan Harlow", "Cllr Ann Lee"): role words whose
 * full stop does not end the sentence or the name phrase.
 */
export const ROLE_ABBREVIATIONS: Record<string, string | null> = {
  // "PM Lee", "PM Albanese": only in capitals ("2 pm" is a time).
  pm: 'government',
  'sen.': 'legislator',
  'sens.': 'legislator',
  'rep.': 'legislator',
  'reps.': 'legislator',
  'cllr.': 'legislator',
  cllr: 'legislator',
  // "Coun Dan Cohen (Lab)": a councillor, as Yorkshire papers write it.
  coun: 'legislator',
  'coun.': 'legislator',
  'gov.': 'governor',
  'gen.': 'commander',
  'adm.': 'commander',
  'cmdr.': 'commander',
  'amb.': 'ambassador',
  'lt.': null,
  lt: null,
  'col.': null,
  'sgt.': null,
  sgt: null,
  'capt.': null,
  'maj.': null,
  'supt.': null,
  supt: null,
  'insp.': null,
  insp: null,
  'det.': null,
  'atty.': null,
};
for (const [word, roleClass] of Object.entries(ROLE_ABBREVIATIONS)) if (roleClass) ROLE_CLASSES[word] = roleClass;
/** Abbreviations that are titles only in capitals. */
export const CAPITALS_ONLY_ROLES = new Set(['pm']);

/**
 * Nouns that describe a person already named rather than name one: a party's member ("the Oklahoma
 * Republican said"), or a demonym noun ("the Dutchman said"; nationality adjectives used as nouns, "the
 * Belarusian said", are found by their endings).
 */
export const PERSON_DESCRIPTORS = new Set(
  'republican democrat conservative tory socialist communist liberal gaullist briton scot dane swede finn pole turk spaniard kiwi'.split(' '),
);
/** A demonym noun ending in -man or -woman ("Dutchman", "Frenchwoman", "Welshman"). */
export const DEMONYM_MAN = /^(?:Dutch|French|English|Irish|Scots|Welsh|Cornish|Manx)(?:wo)?man$/;

/** Titles only a person holds, before a name ("Colonel Gaddafi", "Headmaster Zoltán Birkás"). */
export const PERSON_TITLES = new Set(
  'headmaster headmistress headteacher coach captain colonel lieutenant sergeant admiral marshal bishop imam rabbi pastor priest prosecutor attorney inspector superintendent constable detective alderman'.split(' '),
);

/** Role words that appear before a name in labels and prose ("Minister of Energy Sergei Tolmachev"). */
export const ROLE_WORDS = new Set([
  ...Object.keys(ROLE_CLASSES).filter((k) => !k.includes(' ')),
  'vice',
  'deputy',
  'principal',
  'first',
  'assistant',
  'acting',
  'parliamentary',
  'under-secretary',
  'undersecretary',
  'state',
  'foreign',
  'defence',
  'defense',
  'press',
  'general',
  'executive',
  'managing',
  'senior',
  'special',
  'representative',
  'officer',
  'advisor',
  'adviser',
  'aide',
  'founder',
  'owner',
  'member',
  'members',
  'leader',
  'justice',
  'judge',
  'clerk',
  'witness',
  'editor',
  ...Object.keys(ROLE_ABBREVIATIONS),
  // Titles that stand before a name ("Headmaster Zoltán Birkás", "Colonel Richard Hecht").
  ...PERSON_TITLES,
]);

export const HONORIFICS = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mme m. herr frau hon. rev. fr. shri shri. sri smt smt. shrimati'.split(' '),
);

/** Nouns naming people who are not named: their speech gets a generic speaker, never a person's name. */
export const GENERIC_SPEAKERS: [RegExp, string][] = [
  [/^(?:q|q\.|question|questions|reporter|reporters|journalist|journalists|correspondent|press|media|interviewer)$/i, 'Reporter'],
  // "Iranian media:", "Foreign press:": a questioner from the press of a country.
  [/^\p{Lu}\p{Ll}+\s+(?:media|press|journalists?|reporters?|correspondents?)$/u, 'Reporter'],
  [/^(?:audience(?: member)?|participant|member of the public|voice|voices|unidentified(?: (?:speaker|male|female|man|woman|participant|person))?|unknown(?: (?:speaker|male|female))?)$/i, 'Audience member'],
  [/^(?:answer|a)$/i, 'Answer'],
  // Who voices somebody else's words: nobody's own.
  [/^(?:interpreter|translator|interpretation|translation \(audio\))$/i, 'Interpreter'],
];

/** Prose phrases naming unnamed people who speak: "a reporter", "journalists", "one of the journalists". */
export const GENERIC_MENTION =
  /\b(?:(?:a|an|the|one of the|several|some)\s+)?(reporters?|journalists?|correspondents?|the press|interviewer|questioner)\b/gi;

/** Pronouns that refer back to a speaking subject. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she']);
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** Words that can begin a sentence in capitals but never begin a name. */
export const NON_NAME_WORDS = new Set(
  `the a an in on at as at by for from with of and or but if then when while after before during since also this
  that these those there here it its his her their our your my we they he she i you speaking according however
  meanwhile moreover therefore besides still yet so thus later earlier today yesterday tomorrow first second
  third finally asked answering talking commenting turning returning recalling referring among between about
  over under into out up down following despite unlike like both either neither all each every no not
  quote quotes source sources details background reminder update photo video
  resident residents protester protestor protesters campaigner campaigners pensioner shopkeeper businessman
  businesswoman`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words of an institution's name: what "the ministry said" or "the committee noted" is (a body speaks). */
export const BODY_HEADS = new Set(
  `ministry council committee party parliament government office court bank company corporation agency army
  forces navy guard assembly senate congress commission authority association foundation board department
  administration directorate inspectorate bureau chamber police command headquarters secretariat mission embassy
  consulate delegation service institute union federation coalition movement`
    .split(/\s+/)
    .filter(Boolean),
);

/** Last words that make a capitalised run a place or an organisation, not a person. */
export const NON_PERSON_HEADS = new Set([
  ...BODY_HEADS,
  ...`state states republic region kingdom empire house duma university school city district province oblast
  county airport station cosmodrome organization organisation alliance nations treaty program programme corridor
  day week year fund centre center society news times post brigade battalion regiment network
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december east west north south europe asia africa america korea`
    .split(/\s+/)
    .filter(Boolean),
]);

/** The first person, as a speaker addresses an audience ("I", "we", "our"). */
export const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|ll|d)|we|we['’](?:re|ve|ll)|my|our|us|me)\b/i;

/** "I'm Kelly Marsh", "My name is Kelly Marsh": a speaker who says who they are (the name captured). */
export const SELF_INTRODUCTION = /\b(?:I['’]m|I am|[Mm]y name is)\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\b/u;

/** Adjectives of nationality are capitalised and end like these. */
export const NATIONALITY_SUFFIX = /^\p{Lu}\p{Ll}+(?:ian|an|ean|ese|ish|i|ch)$/u;

/** Stage directions: parenthesised remarks that are not speech. */
// Not "(inaudible)", "(crosstalk)" or "(unintelligible)": they stand for words inside the speech.
export const STAGE_DIRECTION =
  /\((?:laughter|applause|pause|silence|off-mic|off mic|[A-Z][^()]{0,80}?\.)\)/gi;

/** Label annotations that are not part of a name. */
export const LABEL_ANNOTATION =
  /\s*\((?:retranslated|via (?:an )?interpreter|through (?:an )?interpreter|translated|in [A-Z][a-z]+|interpretation|off-mic|continuing|cont'?d|\d{1,2}:\d{2}(?::\d{2})?)\)/gi;

export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between
  both but by can could did do does doing down during each few for from further had has have having he her here
  hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
  off on once only or other our ours out over own same she should so some such than that the their theirs them
  themselves then there these they this those through to too under until up very was we were what when where
  which while who whom why will with would you your yours yourself said says say added noted told asked also
  well one two three many much like even would could might must shall may us let thing things way ways time
  times year years today president leader meeting head state counterpart issues issue work need think know
  very really already still going want wanted get got make made us mr ms mrs dr cannot percent ready account
  taking take taken give given good great right left last next first other every something someone nothing
  everything anything important necessary possible certain certainly probably about because though although
  back again once ever never always often well best better first second development remark remarks step`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Nationality words that end like surnames do (Zieliński, Draghi, Pashinyan, Erdogan): alone, a capitalised
 * word is taken for a nationality only when it is one of these, or ends in -ese. Before a role noun ("the
 * Velorian President") the ending (NATIONALITY_SUFFIX) is enough.
 */
export const KNOWN_NATIONALITIES = new Set(
  `Russian Belarusian Ukrainian Canadian Australian Brazilian Indian Italian Iranian Syrian Egyptian Hungarian Bulgarian
  Romanian Norwegian Estonian Latvian Lithuanian Georgian Armenian Serbian Croatian Slovenian Bosnian Albanian Macedonian
  Austrian Belgian Colombian Peruvian Argentinian Argentine Nigerian Algerian Tunisian Libyan Jordanian Palestinian
  Malaysian Indonesian Cambodian Mongolian Ethiopian Kenyan Tanzanian Venezuelan Bolivian Chilean Korean European
  Eurasian Asian African American Mexican Cuban Moroccan Afghan Tibetan Dominican Ecuadorian Paraguayan Uruguayan
  Guatemalan Honduran Nicaraguan Panamanian Haitian Jamaican Ghanaian Ugandan Rwandan Zambian Zimbabwean Angolan
  Mozambican Namibian Cameroonian Ivorian Malian Nigerien Chadian Sudanese Somali Eritrean Djiboutian Yemeni Omani Emirati
  Qatari Kuwaiti Bahraini Saudi Iraqi Israeli Pakistani Bangladeshi Nepali Bhutanese Sri Lankan Afghani Azerbaijani
  Kazakhstani Uzbekistani Kazakh Uzbek Turkmen Tajik Kyrgyz Thai Filipino Singaporean Bruneian Laotian Burmese Vietnamese Chinese
  Japanese Taiwanese Portuguese Lebanese Senegalese Maltese Nepalese Congolese Togolese Gabonese Guinean British Polish
  Turkish Spanish Danish Swedish Finnish Irish Scottish Kurdish Flemish Welsh English French Dutch Czech Slovak German
  Greek Icelandic Cypriot Luxembourgish Swiss Moldovan Montenegrin Kosovar Chechen Tatar Crimean Soviet Western Eastern
  Arab Persian`.split(/\s+/),
);

/**
 * Nouns naming a person by what they do, beyond the role nouns: with them, a name next to a description
 * (`Jan Pieters, a logistics analyst`, `her counterpart at the union, Ahmed Bakker`) is a person's.
 */
export const PERSON_NOUNS = [
  ...Object.keys(ROLE_CLASSES).filter((k) => !k.includes(' ')),
  ...'analyst economist expert executive official researcher professor lawyer adviser advisor founder owner editor correspondent negotiator'.split(' '),
  ...'officer teacher doctor nurse worker farmer resident student activist scientist author writer judge prosecutor coordinator manager campaigner organiser organizer spokesman spokeswoman'.split(' '),
];

/**
 * Verbs by which news media pass on what somebody said ("…, Interfax reported", "the agency quoted the minister
 * as saying"): their subject is the messenger, never the speaker.
 */
export const REPORTING_VERBS = new Set('reported reports quoted quotes cited cites learned learnt informs informed'.split(' '));

/** News media named in reporting cues; with the nouns below, never a person and never the speaker. */
export const MEDIA_NAMES = new Set(
  `tass interfax belta reuters ria novosti xinhua afp ap bloomberg ukrinform unian rbc kommersant izvestia vedomosti
  cnn bbc nbc cbs abc fox politico axios anadolu yonhap kyodo dpa efe ansa pap sputnik rt nhk cctv kyiv independent
  pravda guardian times telegraph post journal gazette herald tribune daily news wire agency itar-tass rtr vgtrk ntv
  france24 euronews aljazeera online`
    .split(/\s+/)
    .filter(Boolean),
);
export const MEDIA_NOUNS = /\b(?:agency|agencies|newspaper|paper|outlet|broadcaster|channel|daily|weekly|magazine|website|portal|publication|media|tv|television|radio|wire|reporters?|correspondents?|journalists?|press|news|online)$/i;

/** Titles of peers and bishops: part of how the person is named ("Lord Hale of Dunmore"), not a given name. */
export const PEERAGE_TITLES = new Set('lord baroness lady earl countess viscount viscountess duke duchess marquess marchioness bishop archbishop'.split(' '));

/**
 * The speaker registry: people learned from labels and prose, with their name forms, roles and
 * nationalities, so that "Lukashenko", "Aleksandr Lukashe4nko" (a typo), "the Belarusian leader" and
 * "Alexander Lukashenko" all resolve to one person, while "Mikhail Dorn" and "Mikhail Serov" stay two.
 */
import { editDistance } from '../model/edit-distance.js';
import { genderOfGivenName } from './given-names.js';
import { NATIONALITY_SUFFIX, PEERAGE_TITLES, ROLE_CLASSES, ROLE_WORDS } from './lexicon.js';

export interface Person {
  key: number;
  /** Name forms seen, with how often: the most frequent full form becomes the name. */
  forms: Map<string, number>;
  given: readonly string[];
  surname: string;
  roles: string[];
  roleClasses: Set<string>;
  nationalities: Set<string>;
  /** Generic speakers (Reporter, Speaker 1) are nobody's name. */
  generic: boolean;
  /** Other written forms (labels as written, misspellings) kept as aliases. */
  aliases: Set<string>;
  /** Set when the person's name is only a role ("Mr Speaker"). */
  roleOnly: boolean;
  /** Known from an honorific or a gendered role word; what "he" and "she" may refer to. */
  gender: 'm' | 'f' | null;
  /** Role texts (with nationality) already taken in, so a repeated mention costs nothing. */
  rolesSeen: Set<string>;
  /** The given name whose gender was looked up (so it is looked up once per name). */
  genderFrom?: string;
}

/**
 * What "he" or "she" may refer to: the gender an honorific or role word gave, else the one the given name
 * tells (looked up only when a pronoun asks).
 */
export function personGender(p: Person): 'm' | 'f' | null {
  const given = p.given[0];
  if (p.gender === null && given !== undefined && p.genderFrom !== given) {
    p.genderFrom = given;
    p.gender = genderOfGivenName(given);
  }
  return p.gender;
}

const MALE = /^(?:mr\.?|sir|lord|herr|m\.|king|emperor|spokesman|chairman|congressman|prince|duke|shri\.?)$/i;
const FEMALE = /^(?:mrs\.?|ms\.?|miss|madam|mme\.?|dame|lady|frau|queen|empress|spokeswoman|chairwoman|congresswoman|princess|duchess|smt\.?|shrimati)$/i;

/** Gender told by an honorific or a role word, if any. */
export function genderOf(words: string): 'm' | 'f' | null {
  for (const w of words.split(/\s+/)) {
    if (MALE.test(w)) return 'm';
    if (FEMALE.test(w)) return 'f';
  }
  return null;
}

const folded = new Map<string, string>();

export function foldName(word: string): string {
  let f = folded.get(word);
  if (f === undefined) {
    f = foldNameUncached(word);
    if (folded.size > 50_000) folded.clear();
    folded.set(word, f);
  }
  return f;
}

function foldNameUncached(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A spelling-insensitive key for given names: Aleksandr = Alexander, Yuri = Iouri is too far. */
function givenSkeleton(word: string): string {
  const w = foldName(word).replace(/ks/g, 'x').replace(/kh/g, 'h').replace(/y/g, 'i').replace(/j/g, 'i');
  return w[0] + w.slice(1).replace(/[aeiou]/g, '');
}

/** How far two surnames may differ and still be one person's (typos, transliterations). */
function surnameTolerance(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

const surnameMatches = new Map<string, boolean>();

/** Up to this many people, a look-up reads them all; past it, through the surname index. */
const FEW = 24;

/** Past this many surnames, a shared misspelling is no evidence of a typo (see candidates). */
const CROWDED = 32;

/** Remembered variants (pure, asked for at every look-up); bounded like the other memos. */
const variantsOf = new Map<string, readonly string[]>();

/** The strings a surname reaches by deleting up to its tolerance of letters (itself included). */
function deletionVariants(surname: string): readonly string[] {
  let variants = variantsOf.get(surname);
  if (variants === undefined) {
    variants = [...deletionVariantsUncached(surname)];
    if (variantsOf.size > 50_000) variantsOf.clear();
    variantsOf.set(surname, variants);
  }
  return variants;
}

function deletionVariantsUncached(surname: string): Set<string> {
  const out = new Set<string>([surname]);
  let frontier = [surname];
  const depth = surname.length > 24 ? Math.min(1, surnameTolerance(surname.length)) : surnameTolerance(surname.length);
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const w of frontier)
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    frontier = next;
  }
  return out;
}

export function surnamesMatch(a: string, b: string): boolean {
  if (a === b) return true;
  // Lengths further apart than the tolerance can never be within it.
  const tolerance = surnameTolerance(Math.min(a.length, b.length));
  if (tolerance === 0 || Math.abs(a.length - b.length) > tolerance) return false;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let match = surnameMatches.get(key);
  if (match === undefined) {
    match = editDistance(a, b, tolerance) <= tolerance;
    if (surnameMatches.size > 50_000) surnameMatches.clear();
    surnameMatches.set(key, match);
  }
  return match;
}

const isInitial = (word: string): boolean => /^\p{L}\.?$/u.test(word);

export function givenNamesCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return true;
  // "Atanga Nji" after "Paul Atanga Nji": a surname of two words, or a second given name, without the first.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === 1 && long.length >= 2 && !isInitial(short[0]) && foldName(short[0]) === foldName(long[long.length - 1])) return true;
  const x = a[0];
  const y = b[0];
  if (isInitial(x) || isInitial(y)) return foldName(x)[0] === foldName(y)[0];
  const fx = foldName(x);
  const fy = foldName(y);
  if (fx === fy) return true;
  const sx = givenSkeleton(x);
  const sy = givenSkeleton(y);
  // Short names share skeletons by chance ("Jon" and "Ina" are both "in"): they must be spelt alike.
  return (sx === sy && Math.min(fx.length, fy.length) >= 4) || (Math.min(fx.length, fy.length) >= 5 && editDistance(fx, fy, 1) <= 1);
}

/** Splits a written name into given names and surname ("Kim Jong-un" → [Kim, Jong], un). */
export const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);

/** Remembered splits (pure and asked again for every new person); bounded like the other memos. */
const partsOf = new Map<string, { given: readonly string[]; surname: string }>();

export function nameParts(written: string[]): { given: readonly string[]; surname: string } {
  const key = written.join('\u0000');
  let parts = partsOf.get(key);
  if (parts === undefined) {
    parts = namePartsUncached(written);
    Object.freeze(parts.given);
    if (partsOf.size > 50_000) partsOf.clear();
    partsOf.set(key, parts);
  }
  return parts;
}

/** A Korean given name in romanisation: two syllables joined by a hyphen, the second in lower case. */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,5}$/u;

/** The commonest Chinese surnames in pinyin (Lee, Long and the like are left out: English names share them). */
const CHINESE_SURNAMES = new Set(
  'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Fu Zhong Xue Qin Hua Geng Mao Xi Wen Kong Bai Cui Kang Shi Qian Yan Dai Fan Fang Gu Hou Lei Meng Qiu Tan Tao Wan Xiong Yin Zou Chang Qi Ji Lyu Zhai Xing Niu Hao Shao Wen Duan Lei Qiao Ge Hong Mo Yi Zhan Xia'.split(' '),
);
/** A given name of one or two pinyin syllables: "Jinping", "Keqiang", "Yi", "Chunying". */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)';
const PINYIN_GIVEN = new RegExp(`^(?=[A-Z])(?:${PINYIN_SYLLABLE}){1,2}$`, 'i');

function namePartsUncached(written: string[]): { given: string[]; surname: string } {
  // "V.Putin" is "V. Putin".
  let tokens = written.flatMap((t) => (/^\p{Lu}\.\p{Lu}\p{Ll}/u.test(t) ? [t.slice(0, 2), t.slice(2)] : [t]));
  // Peers: "Lord Hale of Dunmore" is Lord Hale (the title and the territorial "of …" are not given names or
  // the surname); "The Earl of Ashby" is known by the place.
  if (tokens.length >= 2 && PEERAGE_TITLES.has(tokens[0].toLowerCase())) tokens = tokens.slice(1);
  const of = tokens.findIndex((t) => t === 'of');
  if (of === 0 && tokens.length > 1) return { given: [], surname: foldName(tokens[1]) };
  if (of > 0) return { given: tokens.slice(0, of - 1), surname: foldName(tokens[of - 1]) };
  // "Pieter de Vries" and "De Vries": the particle belongs to the surname.
  const particle = tokens.findIndex((t, i) => i < tokens.length - 1 && NAME_PARTICLES.has(t.toLowerCase()));
  if (particle !== -1) return { given: tokens.slice(0, particle), surname: tokens.slice(particle).map(foldName).join('') };
  // Korean names put the surname first: "Cho Min-gyu", "Han Do-yun" ("Cho said" is the same man).
  if (tokens.length === 2 && KOREAN_GIVEN.test(tokens[1]) && /^\p{Lu}\p{Ll}{1,3}$/u.test(tokens[0])) return { given: [tokens[1]], surname: foldName(tokens[0]) };
  // Chinese names too: "Xi Jinping", "Hua Chunying" ("Xi said" is the same man), when the first word is a
  // common surname and the second is made of pinyin syllables (not "Lee Anderson", not "Long Island").
  if (tokens.length === 2 && CHINESE_SURNAMES.has(tokens[0]) && PINYIN_GIVEN.test(tokens[1])) return { given: [tokens[1]], surname: foldName(tokens[0]) };
  // "Kim Jong-un" ends in a given-name part; "El-Amin" and "Pryce-Williams" are whole surnames.
  const parts = tokens.flatMap((t) => (/-\p{Ll}/u.test(t) ? t.split('-') : [t])).filter((t) => foldName(t));
  const surname = foldName(parts[parts.length - 1] ?? '');
  return { given: parts.slice(0, -1), surname };
}

const roleClasses = new Map<string, string | null>();

export function roleClassOf(roleText: string): string | null {
  let cls = roleClasses.get(roleText);
  if (cls === undefined) {
    cls = roleClassOfUncached(roleText);
    if (roleClasses.size > 50_000) roleClasses.clear();
    roleClasses.set(roleText, cls);
  }
  return cls;
}

/** "Deputy Mayor", "Vice President": a deputy is not who "the mayor" or "the President" means. */
const DEPUTY = /\b(?:deputy|vice)\b/;

function roleClassOfUncached(roleText: string): string | null {
  const cls = roleNounClass(roleText);
  return cls && DEPUTY.test(roleText.toLowerCase()) && cls !== 'legislator' ? `${cls}-deputy` : cls;
}

function roleNounClass(roleText: string): string | null {
  const lower = roleText.toLowerCase();
  // The role noun that ends last wins, and of two ending there the longer: "Prime Minister of Veloria"
  // is a head of government, not a minister; "Minister of Energy" is a minister.
  let best: string | null = null;
  let bestEnd = -1;
  let bestLength = 0;
  for (const [noun, cls] of Object.entries(ROLE_CLASSES)) {
    const at = lower.lastIndexOf(noun);
    if (at === -1) continue;
    const before = at === 0 || /[^a-z]/.test(lower[at - 1]);
    const end = at + noun.length;
    const after = end === lower.length || /[^a-z]/.test(lower[end]);
    if (!before || !after) continue;
    // ("Adviser to the President" is an adviser, "Ambassador to the UN" an ambassador: "to" as "of".)
    const ofTail = lower.slice(end).match(/^\s+(?:of|to)\b/) ? 1 : 0;
    const score = end + ofTail * 1000;
    if (score > bestEnd || (score === bestEnd && noun.length > bestLength)) {
      best = cls;
      bestEnd = score;
      bestLength = noun.length;
    }
  }
  return best;
}

/** A comparable stem for "Belarusian" / "Belarus" / "Russian" / "Russia" / "Velorian" / "Veloria". */
export function nationalityStem(word: string): string {
  return foldName(word).slice(0, 5);
}

export class SpeakerRegistry {
  readonly persons: Person[] = [];

  private create(given: readonly string[], surname: string): Person {
    this.forget();
    const person: Person = {
      key: this.persons.length,
      forms: new Map(),
      given,
      surname,
      roles: [],
      roleClasses: new Set(),
      nationalities: new Set(),
      generic: false,
      aliases: new Set(),
      roleOnly: false,
      gender: null,
      rolesSeen: new Set(),
    };
    this.persons.push(person);
    return person;
  }

  /** The people a name could be: same surname (allowing typos), compatible given names. */
  candidates(tokens: string[]): Person[] {
    const { given, surname } = nameParts(tokens);
    if (!surname) return [];
    // A text names a few people: reading them all is cheapest. The index pays off only for many.
    if (this.persons.length <= FEW) return this.persons.filter((p) => !p.generic && !p.roleOnly && surnamesMatch(p.surname, surname) && givenNamesCompatible(p.given, given));
    while (this.indexed < this.persons.length) this.indexSurname(this.persons[this.indexed++]);
    let found: Person[] | null = null;
    // A person is listed under several spellings; from the second list read on, the ones met are remembered.
    let seen: Set<Person> | null = null;
    let lists = 0;
    for (const key of deletionVariants(surname)) {
      const list = this.bySurname.get(key);
      // A spelling shared by very many surnames ("Member1" … "Member9999") says nothing about a typo: only the
      // exact surname's own list is read then, so a look-up stays bounded however alike the names are.
      if (!list || (list.length > CROWDED && key !== surname)) continue;
      if (++lists === 2) seen = new Set(found ?? []);
      for (const p of list) {
        if (seen?.has(p) || p.generic || p.roleOnly || !surnamesMatch(p.surname, surname) || !givenNamesCompatible(p.given, given)) continue;
        (found ??= []).push(p);
        seen?.add(p);
      }
    }
    return found ? (found.length > 1 ? found.sort((a, b) => a.key - b.key) : found) : [];
  }

  /**
   * People by the spellings their surname reaches by deleting as many letters as it may differ by (its
   * typo tolerance): two surnames within that distance share one, so a look-up reads a few short lists
   * instead of every person in the text.
   */
  private bySurname = new Map<string, Person[]>();
  /** How many of `persons` the surname index holds (it is built once there are more than FEW). */
  private indexed = 0;
  private genericByName = new Map<string, Person>();
  private roleOnlyByRole = new Map<string, Person>();
  /** People by role class, for "the President", "the minister". */
  private holders = new Map<string, Set<Person>>();

  private addClass(person: Person, cls: string): void {
    person.roleClasses.add(cls);
    let set = this.holders.get(cls);
    if (!set) this.holders.set(cls, (set = new Set()));
    set.add(person);
  }

  private indexSurname(person: Person): void {
    for (const key of deletionVariants(person.surname)) {
      const list = this.bySurname.get(key);
      if (list) list.push(person);
      else this.bySurname.set(key, [person]);
    }
  }

  private lookups = new Map<string, Person | null>();

  /** A person was added or changed: remembered look-ups may now answer differently. */
  private forget(): void {
    this.lookups.clear();
    this.added.clear();
  }

  /**
   * "Sir Keir", "Dame Meg": a knight is called by title and given name. The one person the text has named in
   * full with that given name; null when none or several.
   */
  knightByGiven(given: string): Person | null {
    const want = foldName(given);
    let found: Person | null = null;
    for (const p of this.persons) {
      if (p.generic || p.roleOnly || !p.given.length || foldName(p.given[0]) !== want) continue;
      if (found) return null;
      found = p;
    }
    return found;
  }

  findByName(tokens: string[]): Person | null {
    const key = tokens.length === 1 ? tokens[0] : tokens.join(' ');
    let person = this.lookups.get(key);
    if (person === undefined) {
      person = this.findByNameUncached(tokens);
      this.lookups.set(key, person);
    }
    return person;
  }

  private findByNameUncached(tokens: string[]): Person | null {
    const found = this.candidates(tokens);
    if (found.length <= 1) return found[0] ?? null;
    // Prefer an exact surname, then the person seen most often.
    const { surname } = nameParts(tokens);
    const exact = found.filter((p) => p.surname === surname);
    const pool = exact.length ? exact : found;
    return pool.reduce((a, b) => (total(b) > total(a) ? b : a));
  }

  /** Records a name form; merges with a known person when the name fits one. */
  /** Name forms already added since the last change to the people: a repeat only counts once more. */
  private added = new Map<string, Person>();

  addName(tokens: string[], written?: string): Person {
    const form = tokens.join(' ');
    const key = written === undefined ? form : `${form}\u0000${written}`;
    const seen = this.added.get(key);
    if (seen) {
      if (tokens.length >= 2) seen.forms.set(form, (seen.forms.get(form) ?? 0) + 1);
      return seen;
    }
    const person = this.addNameFirstTime(tokens, form, written);
    this.added.set(key, person);
    return person;
  }

  private addNameFirstTime(tokens: string[], form: string, written?: string): Person {
    const { given, surname } = nameParts(tokens);
    let person = this.findByName(tokens);
    // A fuller given name replaces a missing one or an initial ("A. Lukashenko", then "Aleksandr Lukashenko").
    if (person && given.length && (person.given.length === 0 || (isInitial(person.given[0]) && !isInitial(given[0])))) {
      person.given = given;
      this.forget();
    }
    if (!person) person = this.create(given, surname);
    if (tokens.length >= 2 || person.forms.size === 0) person.forms.set(form, (person.forms.get(form) ?? 0) + 1);
    if (person.surname !== surname && tokens.length >= 2) person.aliases.add(form);
    if (written && written !== form) person.aliases.add(written);
    return person;
  }

  addRole(person: Person, roleText: string, nationality?: string | null): void {
    const key = `${roleText}\u0000${nationality ?? ''}`;
    if (person.rolesSeen.has(key)) return;
    person.rolesSeen.add(key);
    const role = roleText.trim();
    person.gender ??= genderOf(role);
    if (role && !person.roles.includes(role)) person.roles.push(role);
    const cls = roleClassOf(role);
    if (cls) this.addClass(person, cls);
    // "Russian", "Dutch"; not a role word that ends like one ("Coach", "Chairman", "Spokeswoman").
    for (const word of role.split(/\s+/)) if (NATIONALITY_SUFFIX.test(word) && !ROLE_WORDS.has(word.toLowerCase())) person.nationalities.add(nationalityStem(word));
    const of = /\bof\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)/u.exec(role);
    if (of) person.nationalities.add(nationalityStem(of[1]));
    if (nationality) person.nationalities.add(nationalityStem(nationality));
  }

  /**
   * The unnamed person last named with this role noun ("Keir Starmer’s spokesperson", then "the spokesperson
   * replied"), or null. Reads the unnamed people, who are few.
   */
  unnamedWithRole(noun: string): Person | null {
    return this.unnamedByRole.get(noun.toLowerCase()) ?? null;
  }

  /** The unnamed person last named "X’s <noun>" or "a … <noun>", by that noun. */
  private unnamedByRole = new Map<string, Person>();

  generic(name: string): Person {
    const existing = this.genericByName.get(name);
    if (existing) return existing;
    const person = this.create([], foldName(name));
    person.generic = true;
    person.forms.set(name, 1);
    this.genericByName.set(name, person);
    const owned = /(?:['’]s\s|^an?\s.*\s|^the\s+(?:unnamed|anonymous|unidentified)\s(?:.*\s)?)(\S+)$/i.exec(name);
    if (owned) this.unnamedByRole.set(owned[1].toLowerCase(), person);
    return person;
  }

  /** A role-only speaker ("Host") who says who they are ("I'm Karen Holt") becomes that person. */
  nameRoleOnly(person: Person, tokens: string[]): void {
    if (!person.roleOnly) return;
    const { given, surname } = nameParts(tokens);
    if (!surname) return;
    person.roleOnly = false;
    person.given = given;
    person.surname = surname;
    if (person.key < this.indexed) this.indexSurname(person);
    person.forms.set(tokens.join(' '), 1);
    this.forget();
  }

  roleOnly(role: string, written: string): Person {
    const cls = roleClassOf(role);
    const existing = this.roleOnlyByRole.get(role);
    if (existing?.roleOnly) return existing;
    const person = this.create([], foldName(role));
    person.roleOnly = true;
    person.forms.set(written, 1);
    this.roleOnlyByRole.set(role, person);
    person.roles.push(role);
    if (cls) this.addClass(person, cls);
    return person;
  }

  /**
   * "the Belarusian leader", "the minister", "the President": the people whose role fits; when several fit,
   * the one mentioned as a subject most recently (recent[0] is the newest).
   */
  /**
   * The text's principal: the first person it presents as acting (not met, not addressed), e.g. the head of
   * state a press service writes about. A bare "the head of state" or "the President" means them first.
   */
  principal: Person | null = null;

  /**
   * The person an archive page pictures above its title (`Ronald Reagan photo`): the office holder the
   * collection is about, who speaks under a bare role label ("The President.") that nothing else resolves.
   */
  pictured: Person | null = null;

  /** Who speaks under a part's label, from cast lines ("Guest: Tobias Wren"): by the label, in lower case. */
  readonly cast = new Map<string, Person>();

  byRole(roleClass: string | null, nationality: string | null, recent: readonly Person[]): Person | null {
    const fits = (p: Person): boolean => {
      if (p.generic) return false;
      if (roleClass && roleClass !== 'counterpart' && !roleFits(p, roleClass)) return false;
      if (nationality && !p.nationalities.has(nationalityStem(nationality))) return false;
      return true;
    };
    // The people holding the role (or a role it may refer to), from the index; everybody for no role.
    const pool: Person[] = [];
    if (roleClass && roleClass !== 'counterpart') {
      const classes = relatedClasses(roleClass);
      const seen = classes.length > 1 ? new Set<Person>() : null;
      for (const cls of classes)
        for (const p of this.holders.get(cls) ?? []) {
          if (seen?.has(p)) continue;
          seen?.add(p);
          if (fits(p)) pool.push(p);
        }
    } else for (const p of this.persons) if (fits(p)) pool.push(p);
    if (pool.length === 1) return pool[0];
    const leader = roleClass === 'head' || roleClass === 'government' || roleClass === 'leader';
    const principal = this.principal;
    if (pool.length > 1) return (leader && !nationality && principal && pool.includes(principal) ? principal : null) ?? recent.find(fits) ?? null;
    // Nobody holds the role yet: a leader's role noun is the principal's, when nothing they are known as
    // contradicts it.
    if (leader && principal && !principal.generic && !principal.roleOnly && principal.roleClasses.size === 0 && (!nationality || principal.nationalities.size === 0)) {
      this.addClass(principal, roleClass!);
      if (nationality) principal.nationalities.add(nationalityStem(nationality));
      return principal;
    }
    // Nobody is known by this role: "The President of Russia held talks … Vladimir Putin noted … the head
    // of state emphasised": the most recent subject whose role and nationality are unknown (or fit) is
    // taken to be meant, and learns them.
    const open = recent.find(
      (p) =>
        !p.generic &&
        !p.roleOnly &&
        (!roleClass || roleClass === 'counterpart' || p.roleClasses.size === 0 || roleFits(p, roleClass)) &&
        (!nationality || p.nationalities.size === 0),
    );
    if (!open) return null;
    if (roleClass && roleClass !== 'counterpart') this.addClass(open, roleClass);
    if (nationality) open.nationalities.add(nationalityStem(nationality));
    return open;
  }

  displayName(person: Person): string {
    let best = '';
    let bestCount = -1;
    for (const [form, count] of person.forms) {
      const words = wordCount(form);
      const score = count + words * 0.01;
      const bestIsOneWord = !best.includes(' ');
      const isFuller = words >= 2 && bestIsOneWord;
      if (isFuller || (score > bestCount && (words >= 2 || bestIsOneWord))) {
        best = form;
        bestCount = score;
      }
    }
    return best || person.surname;
  }
}

/** form.split(' ').length, without the array. */
function wordCount(form: string): number {
  let n = 1;
  for (let at = form.indexOf(' '); at !== -1; at = form.indexOf(' ', at + 1)) n++;
  return n;
}

function total(p: Person): number {
  let n = 0;
  for (const c of p.forms.values()) n += c;
  return n;
}

/** The classes whose holders a role noun may refer to (as roleFits allows). */
function relatedClasses(cls: string): string[] {
  return cls === 'leader' ? ['leader', 'head', 'government'] : cls === 'head' ? ['head', 'leader'] : [cls];
}

function roleFits(p: Person, roleClass: string): boolean {
  if (p.roleClasses.has(roleClass)) return true;
  // "The leader" may be a head of state or of government; a "leader" may be called head of state.
  if (roleClass === 'leader') return p.roleClasses.has('head') || p.roleClasses.has('government');
  if (roleClass === 'head') return p.roleClasses.has('leader');
  return false;
}

/**
 * The one list of abbreviations that keep their period inside the token ("Gen.", "Corp.", "Calif.").
 * The tokenizer reads it to keep the period, the sentence splitter to decide whether that period also
 * ends the sentence. Dotted forms ("U.S.", "p.m.", "e.g.") and initials ("J.") need no list: the
 * tokenizer recognises their shape.
 *
 * Each group says why it is here and whether its members can end a sentence: a title or a
 * reference word is always followed by what it introduces ("Gen. Lee", "No. 5"), so its period never
 * ends one; the others can ("… of Acme Corp. The talks …"), and the splitter decides from the next
 * word (see SENTENCE_STARTERS).
 */

export interface AbbreviationGroup {
  /** What the words are, for readers of one group (entities read the titles). */
  readonly kind: 'title' | 'place-prefix' | 'reference' | 'company' | 'street' | 'date' | 'state' | 'shorthand';
  /** Why these words are listed. */
  readonly why: string;
  /** Whether the abbreviation's period can also be the sentence's full stop. */
  readonly endsSentence: boolean;
  /** As written before the period, case-sensitive ("Gen", not "gen": "gen." is rarely an abbreviation). */
  readonly words: readonly string[];
}

export const ABBREVIATION_GROUPS: readonly AbbreviationGroup[] = [
  {
    kind: 'title',
    why: 'titles and ranks before a name ("Mr. Park", "Lt. Gen. Lee", "Sens. Cruz and Lee")',
    endsSentence: false,
    words: [
      'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Drs', 'Prof', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt',
      'Sgt', 'Cpl', 'Pvt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Pres', 'Rev', 'Fr', 'Hon',
      'Amb', 'Supt', 'Insp', 'Det', 'Atty',
    ],
  },
  {
    kind: 'place-prefix',
    why: 'place-name prefixes ("St. Louis", "Mt. Everest", "Ft. Worth")',
    endsSentence: false,
    words: ['St', 'Mt', 'Ft'],
  },
  {
    kind: 'reference',
    why: 'words that introduce a number, a name or a reference ("No. 5", "Art. 51", "Smith v. Jones", "cf. the report")',
    endsSentence: false,
    words: ['No', 'Nos', 'Art', 'vs', 'v', 'cf', 'Ex'],
  },
  {
    kind: 'company',
    why: 'name suffixes and company forms, often last in a sentence ("… of Acme Corp.")',
    endsSentence: true,
    words: ['Jr', 'Sr', 'Co', 'Corp', 'Inc', 'Ltd', 'Bros', 'Plc', 'LLC', 'Assn', 'Dept', 'dept', 'Univ'],
  },
  {
    kind: 'street',
    why: 'street words in addresses',
    endsSentence: true,
    words: ['Ave', 'Blvd', 'Rd', 'Sq', 'Hwy'],
  },
  {
    kind: 'date',
    why: 'months and weekdays in datelines and dates ("Jan. 5", "on Tues.")',
    endsSentence: true,
    words: [
      'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
      'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
    ],
  },
  {
    kind: 'state',
    why: 'U.S. state abbreviations in AP style, common in datelines ("LOS ANGELES, Calif.")',
    endsSentence: true,
    words: [
      'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass',
      'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis',
      'Wyo',
    ],
  },
  {
    kind: 'shorthand',
    why: 'figures, quantities and editorial shorthand ("3 mln", "Fig. 2", "et al.", "etc.")',
    endsSentence: true,
    words: [
      'etc', 'approx', 'est', 'al', 'Fig', 'fig', 'Vol', 'vol', 'pp', 'Ch', 'ch', 'Sec', 'sec', 'min', 'max', 'mln',
      'bln', 'Ref', 'ref', 'ed', 'eds', 'Eds',
    ],
  },
];

function union(endsSentence: boolean): ReadonlySet<string> {
  return new Set(ABBREVIATION_GROUPS.filter((g) => g.endsSentence === endsSentence).flatMap((g) => g.words));
}

/** Abbreviations whose period never ends a sentence: a name, number or reference always follows. */
export const TITLE_ABBREVIATIONS = union(false);

/** Abbreviations whose period may also end the sentence; the splitter decides from the next word. */
export const OTHER_ABBREVIATIONS = union(true);

/** Titles and ranks that head a person's name ("Mr.", "Sen.", "Lt. Gen."), without their period. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(ABBREVIATION_GROUPS.filter((g) => g.kind === 'title').flatMap((g) => g.words));

/** Does `word` (without its period) keep its period as an abbreviation? */
export function isAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word);
}

/**
 * Words that, capitalised after an abbreviation that can end a sentence, signal that a new sentence
 * has begun ("... in the U.S. The talks ..."). A name after the abbreviation ("U.N. Charter") does not.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On',
  'At', 'By', 'For', 'From', 'To', 'With', 'This', 'That', 'These', 'Those', 'There', 'Here', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'However', 'Meanwhile', 'Still', 'Also', 'After', 'Before', 'When', 'While',
  'If', 'As', 'Although', 'Though', 'Despite', 'During', 'Since', 'Some', 'Many', 'Most', 'No', 'Not',
  'One', 'Two', 'Both', 'All', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Earlier', 'Later',
  'Last', 'Next', 'Now', 'Then', 'Officials', 'According', 'Under', 'Over', 'Even', 'Only', 'More',
]);

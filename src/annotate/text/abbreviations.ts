/**
 * Abbreviations that keep their period inside the token. Two kinds, because they behave differently
 * at sentence ends: a title ("Gen.", "Mr.") is always followed by a name, so it never ends a sentence;
 * other abbreviations ("Corp.", "Jan.", "U.S.") can, and the sentence splitter decides from the next word.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl',
  'Pvt', 'Cmdr', 'Cdr', 'Adm', 'Brig', 'Sen', 'Rep', 'Gov', 'Pres', 'Rev', 'Fr', 'Hon', 'Amb', 'Supt', 'Insp',
  'Det', 'Atty', 'Gens', 'Sens', 'Reps', 'Drs', 'St', 'Mt', 'Ft', 'No', 'Nos', 'Art', 'vs', 'v', 'cf', 'Ex',
]);

export const OTHER_ABBREVIATIONS = new Set([
  'Jr', 'Sr', 'Co', 'Corp', 'Inc', 'Ltd', 'Bros', 'Plc', 'LLC', 'Assn', 'Dept', 'dept', 'Univ', 'Ave', 'Blvd',
  'Rd', 'Sq', 'Hwy', 'etc', 'approx', 'est', 'al', 'Fig', 'fig', 'Vol', 'vol', 'pp', 'Ch', 'ch', 'Sec', 'sec',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt',
  'Wash', 'Wis', 'Wyo', 'min', 'max', 'mln', 'bln', 'Ref', 'ref', 'ed', 'eds', 'Eds',
]);

/**
 * Words that, capitalised after an abbreviation, signal that a new sentence has begun
 * ("... in the U.S. The talks ..."). A name after the abbreviation ("U.N. Charter") does not.
 */
export const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On',
  'At', 'By', 'For', 'From', 'To', 'With', 'This', 'That', 'These', 'Those', 'There', 'Here', 'His', 'Her',
  'Their', 'Its', 'Our', 'My', 'However', 'Meanwhile', 'Still', 'Also', 'After', 'Before', 'When', 'While',
  'If', 'As', 'Although', 'Though', 'Despite', 'During', 'Since', 'Some', 'Many', 'Most', 'No', 'Not',
  'One', 'Two', 'Both', 'All', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Earlier', 'Later',
  'Last', 'Next', 'Now', 'Then', 'Officials', 'According', 'Under', 'Over', 'Even', 'Only', 'More',
]);

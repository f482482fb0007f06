/**
 * The time of a statement. In "the minister said on Saturday he would travel next month", Saturday
 * dates the saying, not the travel: it is always in the past of the report, and the reported speech
 * after it ("next month") is relative to it, not to the publication date. The events layer uses the
 * same test so that a statement's time never becomes the time of the event it reports.
 */

/** Verbs and nouns of saying that a date can attach to. */
const SAYING = String.raw`said|says|told|tells|announced|stated|added|confirmed|declared|noted|insisted|wrote|reported|mentioned|claimed|warned|stressed|explained|indicated|revealed|disclosed|denied|tweeted|posted|signalled|signaled`;
/**
 * "post" is a statement ("in a post on Monday") unless it is a job: "takes up the post on Monday",
 * "left his post on Friday".
 */
const JOB_POST = String.raw`(?<!\b(?:the|up|left|leave|leaves|leaving|quit|quits|assumes?|assumed|assuming|takes?|taken|took|taking|from|resign\w*|in)\s+(?:(?:his|her|their|its|new|the)\s+)?)post`;
const SAYING_NOUN = String.raw`statement|briefing|conference|interview|remarks|speech|communiqu[eé]|announcement|${JOB_POST}`;
/** Where a statement was posted: "wrote on social media on Friday", "said on her official account on Monday". */
const CHANNEL = String.raw`on\s+(?:social\s+media|(?:his|her|their|its)\s+(?:official\s+)?(?:\w+\s+)?(?:account|channel|page|blog))`;
/** Whom a statement was told, between the verb and its date: "told reporters on Monday", "told Meridian News on Monday". */
const ADDRESSEE = String.raw`(?:(?:reporters|journalists|parliament|lawmakers|legislators|(?:the|its|his|her|their)\s+\w+(?:\s+\w+)?|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}|${CHANNEL})\s+)?`;

/** "Speaking to Meridian News on Saturday, …", "Speaking at a news conference on Monday, …". */
const SPEAKING = String.raw`[Ss]peaking(?:\s+(?:to|at|in|with|before)\s+(?:[\w.'-]+\s+){1,4}?)?`;
// case-sensitive: the addressee's capital ("told Meridian News on Monday") must be a real capital
// a clock time of the saying may follow "at"/"after" too ("in a statement posted after midnight", "said at 10 a.m.")
const BEFORE = new RegExp(String.raw`\b(?:(?:${SAYING})\s+${ADDRESSEE}|(?:${SAYING_NOUN})\s+|${SPEAKING})(?:(?:late|early|shortly|just)\s+)?(?:on\s+|in\s+|at\s+|after\s+)?$`);
/** "On Saturday, the minister said …": a sentence-initial date followed by its subject and a saying verb. */
const AFTER = new RegExp(String.raw`^,?\s+(?:[\w.'-]+\s+){1,5}?(?:${SAYING})\b`, 'i');
const SENTENCE_LEAD = /^\s*(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i;

/** Whether the expression at [start,end) of `text` dates a statement; `sentStart` bounds the look-back. */
export function isStatementTime(text: string, sentStart: number, start: number, end: number): boolean {
  if (/^'s\b/.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(sentStart, start - 48), start);
  if (BEFORE.test(before)) return true;
  return SENTENCE_LEAD.test(text.slice(sentStart, start)) && AFTER.test(text.slice(end, end + 60));
}

const NOUN_BEFORE = new RegExp(String.raw`\b(?:${SAYING_NOUN})\s+(?:(?:late|early)\s+)?(?:on\s+|in\s+)?$`);

/**
 * Whether a statement time is dated through a noun ("a news conference Thursday", "a speech on Monday"):
 * such a statement can still lie ahead ("has scheduled a news conference Thursday"), where a verb of
 * saying ("said Thursday") cannot.
 */
export function isStatementNoun(text: string, sentStart: number, start: number): boolean {
  return NOUN_BEFORE.test(text.slice(Math.max(sentStart, start - 48), start));
}

/** Words of saying: the tense they carry is the statement's, not the reported event's. */
export const SAYING_WORDS: ReadonlySet<string> = new Set(SAYING.split('|'));

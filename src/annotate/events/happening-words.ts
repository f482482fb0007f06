/**
 * The word lists happenings are read with (happenings.ts, happening-heads.ts): words that name no happening of their own,
 * function words, and the small closed classes a noun phrase's edges are found by.
 */

/**
 * Verbs and nouns the tagger reads as occurrences that name no happening of their own: copulas and auxiliaries, light
 * verbs whose object is the happening ("took part", "made a landing", "held talks"), verbs of saying and of moving
 * about, and general nouns of happening ("the event", "the incident") that the lexicon's general nouns handle.
 */
export const NOT_HAPPENINGS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'make', 'take', 'give', 'get', 'go', 'come', 'put', 'set', 'let', 'keep', 'bring', 'turn', 'run',
  'happen', 'occur', 'follow', 'include', 'involve', 'use', 'add', 'say', 'tell', 'call', 'ask', 'speak', 'talk',
  'see', 'show', 'find', 'look', 'seem', 'appear', 'become', 'remain', 'stay', 'leave', 'return', 'move', 'reach',
  'event', 'incident', 'thing', 'case', 'situation', 'development', 'step', 'effort', 'action', 'activity',
  'time', 'day', 'week', 'year', 'process', 'operation', 'work', 'job', 'change', 'news', 'report', 'statement',
  // changes of another event's plan or phase: statuses of that event (link/status.ts), not happenings of their own
  'postpone', 'delay', 'defer', 'cancel', 'scrap', 'suspend', 'resume', 'reschedule', 'push', 'announce', 'confirm',
  'expect', 'plan', 'schedule', 'prepare', 'start', 'begin', 'end', 'finish', 'complete', 'continue', 'stop', 'halt',
  'extend', 'hold', 'mark', 'open', 'discuss', 'decide', 'try', 'attempt', 'need', 'want', 'wait',
  // a denial, a lifting or an easing is another event's status too ("denied the report", "lifted the warning")
  'deny', 'lift', 'ease',
  // ways of saying and of minding: what is said or thought is the happening, not the saying ("expressed hope that")
  'express', 'convey', 'indicate', 'specify', 'highlight', 'stress', 'note', 'emphasise', 'emphasize', 'mention',
  'describe', 'explain', 'reiterate', 'underline', 'voice', 'outline', 'signal', 'suggest', 'acknowledge', 'insist',
  'promise', 'pledge', 'vow', 'urge', 'welcome', 'praise', 'recall', 'recount', 'cite', 'quote', 'ensure', 'consider',
  'believe', 'hope', 'fear', 'expectation', 'remark', 'comment', 'reply', 'respond', 'answer', 'receive',
]);

/**
 * Function words, never happenings: not asked of the tagger at all (its decisions are most of what happenings cost;
 * the tagger reads none of these as an occurrence, so the output is the same without the asking).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'for', 'with', 'that', 'this', 'these', 'those', 'from', 'into', 'onto', 'upon', 'over', 'under', 'about',
  'after', 'before', 'since', 'until', 'than', 'then', 'there', 'their', 'them', 'they', 'its', 'his', 'her', 'hers',
  'our', 'ours', 'your', 'who', 'whom', 'whose', 'which', 'what', 'when', 'where', 'while', 'whether', 'would', 'could',
  'should', 'will', 'shall', 'might', 'must', 'can', 'may', 'not', 'nor', 'but', 'also', 'only', 'very', 'more', 'most',
  'less', 'least', 'such', 'some', 'any', 'all', 'both', 'each', 'every', 'other', 'another', 'own', 'same', 'between',
  'among', 'against', 'during', 'through', 'throughout', 'without', 'within', 'along', 'across', 'around', 'near',
  'per', 'via', 'because', 'although', 'though', 'unless', 'once', 'still', 'already', 'again', 'even', 'just', 'now',
  'here', 'how', 'why', 'too', 'yet', 'was', 'were', 'are', 'been', 'being', 'has', 'had', 'have',
  'said', 'says', 'say', 'told', 'according', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Words before a form that make it a noun ("the reopening", "its debut", "Malawi's devaluation"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'no', 'any', 'each', 'every', 'another', 'such', 'of']);
/** A plain word of three letters or more (no digits, no inner capitals). */
export const LETTERS = /^[A-Za-z][a-z-]{2,}$/;
/** Auxiliaries of a passive or a future before a plan verb ("has been postponed", "will go ahead"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'not', "n't", 'now', 'also', 'again', 'still', 'already', 'officially', 'formally']);
/** Words that end a noun phrase after a plan verb's object ("lifted the advisory for three districts"). */
export const PHRASE_END: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'until', 'till', 'by', 'after', 'over', 'from', 'because', 'due', 'amid', 'as', 'and', 'but', 'with', 'that', 'which', 'while', 'when', 'indefinitely', 'again']);
/** Words before a plan verb's auxiliaries that head no subject: pronouns, conjunctions, prepositions ("and was postponed"). */
export const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'this', 'that', 'which', 'who', 'he', 'she', 'we', 'i', 'you', 'there', 'what', 'and', 'but', 'or', 'nor', 'then', 'so', 'yet', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'though', 'although', 'where', 'once', 'until', 'unless', 'whether', 'also', 'them', 'him', 'her', 'us', 'me', 'one', 'all', 'both', 'some', 'none']);

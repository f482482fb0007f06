/**
 * English irregular verbs: one table for every layer that asks whether a word is a past form. Each entry is
 * base, past, past participle. Verbs whose three forms are one ("cut", "put", "set", "shut") are not here: their past
 * reads only from context, since the word is just as often a present or a noun (link/tense.ts keeps its own few).
 */
const TABLE = `
arise arose arisen | awake awoke awoken | bear bore borne | beat beat beaten | become became become | begin began begun
bend bent bent | bind bound bound | bite bit bitten | bleed bled bled | blow blew blown | break broke broken
breed bred bred | bring brought brought | build built built | buy bought bought | catch caught caught
choose chose chosen | cling clung clung | come came come | creep crept crept | deal dealt dealt | dig dug dug
do did done | draw drew drawn | drink drank drunk | drive drove driven | eat ate eaten | fall fell fallen
feed fed fed | feel felt felt | fight fought fought | find found found | flee fled fled | fly flew flown
forbid forbade forbidden | forgive forgave forgiven | freeze froze frozen | get got gotten | give gave given
go went gone | grow grew grown | hang hung hung | have had had | hear heard heard | hide hid hidden | hold held held
keep kept kept | know knew known | lay laid laid | lead led led | leave left left | lend lent lent | lose lost lost | make made made
mean meant meant | meet met met | overcome overcame overcome | overtake overtook overtaken | pay paid paid
ride rode ridden | ring rang rung | rise rose risen | run ran run | say said said | see saw seen | seek sought sought
sell sold sold | send sent sent | shake shook shaken | shine shone shone | shoot shot shot | show showed shown
shrink shrank shrunk | sing sang sung | sink sank sunk | sit sat sat | sleep slept slept | slide slid slid
speak spoke spoken | spend spent spent | spin spun spun | stand stood stood | steal stole stolen | stick stuck stuck
sting stung stung | strike struck struck | swear swore sworn | sweep swept swept | swim swam swum | swing swung swung
take took taken | teach taught taught | tear tore torn | tell told told | think thought thought | throw threw thrown
undergo underwent undergone | understand understood understood | undertake undertook undertaken | uphold upheld upheld
wake woke woken | wear wore worn | weep wept wept | win won won | withdraw withdrew withdrawn | write wrote written
`;

/**
 * Past forms that are as often another word, so they never say "past" on their own: "left" (the side), "found" (to
 * found), "ground", "lay" (to lay), "saw" (the tool), "wound" (an injury), "felt" (the cloth), "bore" (a bore), and
 * "lost" before a noun ("lost revenue", "lost wages": an amount, no happening).
 */
const AMBIGUOUS_PAST: ReadonlySet<string> = new Set(['left', 'found', 'lay', 'saw', 'wound', 'felt', 'bore', 'lost', 'had', 'did', 'got']);

interface IrregularVerb {
  readonly base: string;
  readonly past: string;
  readonly participle: string;
}

const VERBS: readonly IrregularVerb[] = TABLE.split(/[|\n]/)
  .map((e) => e.trim())
  .filter((e) => e !== '')
  .map((e) => {
    const [base, past, participle, ...rest] = e.split(/\s+/);
    // a slip in the table would silently drop a verb: fail at load instead
    if (!participle || rest.length) throw new Error(`irregular-verbs: "${e}" is not base, past, participle`);
    return { base: base!, past: past!, participle };
  });

/** Past and participle forms that differ from their base and are no other common word (lower case). */
export const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set(
  VERBS.flatMap((v) => [v.past, v.participle]).filter((f) => !AMBIGUOUS_PAST.has(f) && !VERBS.some((v) => v.base === f)),
);

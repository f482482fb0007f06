/**
 * `attribution`: who said what, according to whom. Parse and refine on tokens (extract.ts: parsers/, then
 * refiners.ts), resolve candidates into records linked to the entity layer (resolve.ts), then chain nested
 * attributions (chains.ts).
 */
import type { Doc } from '../../doc/doc.js';
import type { Attribution } from '../../doc/schemas/attribution.js';
import { linkChains } from './chains.js';
import { extract } from './extract.js';
import { entityGenders } from './gender.js';
import { gazetteerPlace } from './noise.js';
import { MentionLookup } from './mention-lookup.js';
import { toRecords, withRelayHosts } from './resolve.js';
import { buildView, tokenView, type TokenView } from '../text/token-view.js';
import { join } from 'node:path';
import { defineAnnotator } from '../versioned.js';
import { CUE_MODEL_FILE, cueModelDir } from './learned/model.js';

export const attributionAnnotator = defineAnnotator<'attributions'>({
  name: 'attribution',
  // 1.1: transcript turns, quotes credited by a dash. 1.1.1: no rule changed; sources link to entities 1.2's mentions
  // 1.2: relay chains (citing, quoting, which cited), datelines and furniture are no sources, he/she resolve by
  // gender and speaker continuity, time adverbs after the cue ("said previously") stay out of the content
  // 1.3: a learned cue detector (learned/, trained on PolNeAR train) proposes cues the lexicon lacks, admits
  // weak forms in context and vetoes lexicon forms that do not report; a mid-sentence tag ("X, he said, is Y")
  // keeps both halves of the content; a party tag in brackets no longer hides the quote before the cue
  // 1.4: copy with one line break between paragraphs is read line by line (a stray closing quote no longer makes
  // the lines above it one quote); an agentless passive the detector accepts ("was accused of") is an attribution
  // 1.5: party tags whose stops the tokenizer split off ("(D-N.Y.)", ", R-Ky.,") stay inside the source
  // 1.5.1: "the family's lawyer, Justin Bamberg, said": the role phrase and the name; an appositive between
  // double hyphens ("Kall -- co-editor of … -- said") is the source's
  // 1.5.2: after an inverted cue, an appositive led by a determiner that closes the sentence is the source's
  // ("said John Podesta, a chief of staff to …"), up to 30 tokens
  // 1.5.3: "a poll released last week found": the time phrase after a participle is the subject's, and a time
  // word never heads a learned cue
  // 1.6.0: estimates and valuations ("officials valued the deal at $2bn", "put the death toll at 40", "13 agreements
  // that officials valued at $1.5bn", "valued at $2bn by analysts") are attributions: whoever sets the figure is the source
  // 1.6.1: a valuation's cue is its verb alone ("put"), what it measures is content: a cue is a speech act to the
  // events layer, and "agreements" in "put the number of agreements at" took the speaker as its source
  // 1.7.0: a base or -s form after a possessive is a noun cue whose owner is the source ("Donald Trump's claim
  // that", not an agentless "'s claim"); a cue ending in a colon introduces the quote after it only; a report in the tag of a quote ("“…,” said X, speaking of Y. “…”") leaves the next quote to the quote's
  // speaker; "said via email that", "told X how …": the content starts at "that" or the question word
  // 1.7.1: a source noun phrase keeps "by", "to", "for", "about", "through" and "around" phrases and a participle
  // before them ("A 2014 study by Harvard researchers found", "A poll released in late August found"), and a negation
  // before a quantifier ("No one", "Not everyone")
  // 1.7.2: a participle clause between a speaker's commas ("Trump, speaking to a veterans group, said"; "said
  // Caddell, speaking of …") and an adjunct after an inverted speaker ("said O'Neill, on his first day …") are not
  // the source's
  // 1.7.3: "made (it) clear", "put it", "known as", "charged with", "spoke to" keep the word after the verb in the cue
  // 1.7.4: a trailing tag with a telling verb and a short recipient ("…, a police source told the Ledger.", "told
  // reporters in Lisbon") credits the words before the source, not the recipient
  // 1.7.5: a trailing tag's short tail may open with more words ("said outside the court", "said after the hearing")
  // and give way to a participle tag ("reported on Tuesday, citing the registrar"); a cited party may be named by more
  // speaker nouns ("the court's registrar", "the national space programme"), so the relay is read
  // 1.8.0: a cue that closes its clause credits the main clause after "as"/"than" ("…, as some have speculated") or the
  // noun a relative clause hangs on ("a charge that she has denied"); an agentless passive that closes its clause
  // ("Symbolic gestures were announced.") reports its subject; a learned word after "be" that is no participle is an
  // adjective whose subject is the source ("Viguerie is upbeat about"); "Theresa May said", ", including X," and
  // "many of whom" stay whole in the source
  // 1.9.0: a verb form after a determiner before "that" is a cue noun ("his claim that"); a verb that performs the act
  // a cue noun names joins the cue and its subject speaks ("made the suggestion that", "reiterated his claim that");
  // the owner before "'s" is the name or the phrase from its determiner ("cheered Clinton's attacks", "the judge's
  // concern"), not the clause before it; "declined to", "seemed to", "sought to" leave the "to" to the content
  // 1.9.1: a quote that opens mid-sentence before its tag takes the words before it ("With thousands of systems, “there
  // is no single point of failure,” Johnson said."), unless another quote or cue stands among them
  // 1.9.2: "A group of doctors in 2015 reported": a year before the cue is not the source's; "opposition to" and
  // "supposedly" propose no cue (PolNeAR train marks 6 of 21 and 1 of 7)
  // 1.9.3: a split quote resumes after a short phrase that follows its tag ("“…,” he said of Trump and Ryan, “because
  // …”"), unless the phrase holds a report of its own ("he said, adding, “…”")
  // 1.9.4: a trailing tag's content that runs from the sentence start keeps a capitalised "But", "And", "Yet" or "So"
  // 1.10.0: "recalled", "ordered" and "learned" report only with a clause or a quote ("recalled that", "recalled how"),
  // not with a plain object ("recalled 45,000 cars", "has ordered extra pumps"); a source that is a description of an
  // organisation ("the company", "the German carmaker") takes the organisation the entities layer joined it to, "it
  // said" the organisation mentioned last within two sentences (never a person), and a name inside the source's
  // relative clause ("The carmaker, which employs … in the Stuttgart region,") is not the speaker
  // 1.11.0: a transcript turn ('"PENCE: …') runs over its sentence ends to its quote's end; the second half of an
  // interrupted content ("X, he said, is Y") keeps a report nested in it and stops at the clause boundary before a
  // report of its own (before, any later report dropped the second half)
  // 1.11.1: "announced Monday morning" keeps the part of the day in the cue; a cue whose colon closes its paragraph
  // ("Limbaugh added:") takes the next paragraph as content; a short sentence after a closing quote is the quote's
  // tag only in the quote's paragraph (a heading, "A Reclamation Plan.", is not)
  // 1.11.2: a quote that opens its sentence and closes before the stop ("''… It's just a tax increase'' for the top
  // bracket.") continues the attribution before it with the rest of its sentence, unless a cue stands there
  // 1.11.3: a tag sentence after a quote that ends its own sentence may close with a participle clause or a short
  // tail ("“…?” Trump said, looking out on the crowd.", "“….” Trump said on Monday.")
  // 1.11.4: a name and two appositives, each closed by its comma, may stand between a quote and its cue
  // 1.11.5: a tag set inside the sentence may close with a short time or place tail ("The truth, the senator said
  // then, was …"; "These employees, Stumpf explained earlier in the hearing, were …")
  // 1.11.6: a transcript turn runs to its paragraph's end, past quotes inside it ('"PENCE: … “Shark Tank.” But …')
  // 1.11.7: a tag that interrupts a sentence going on in a lower-case quote ("…, Mr. Barrett said, “we were floored.”")
  // credits the words before the tag too
  // 1.11.8: a credited line that opens with a quote mark ('”Fear. … “hell” ….” ― Name') is one quote, whatever the
  // marks inside it paired with
  // 1.11.9: a preposition inside the speaker's appositive between a quote and its cue ("“…,” Michael McFaul, a senior
  // fellow at the Hoover Institution, said") keeps the tag
  // 1.11.10: the phrase before a split quote's second half may hold a place's comma ("said during a rally in
  // Kenansville, N.C., “but …”")
  // 1.11.11: a time phrase after a tag ("…, his spokesman said on Monday, a day after …") resumes no content
  // 1.12.0: a weak lexicon form ("plans", "wants", "support") reports when the learned detector scores it above its own,
  // lower threshold (the lexicon already says the word can report); a subject of coordinated phrases that opens its
  // clause is whole ("The Clinton campaign and DNC"); a quoted title after a preposition in an adjunct before the
  // speaker ("On CBS's “Face the Nation,” Ryan said the …") is not the tag's quote
  // 1.13.0: the name between a quote and its cue may hold a preposition when it is a noun phrase with no verb or
  // participle in it and no comma ("“…?” a narrator in the Clinton ad asks.", "“…,” a senior official in the White
  // House said")
  // 1.13.1: a content that opens with a subordinate clause ("that if the state held up the deal, Patriot could …")
  // runs on past its comma to the main clause; a later cue there is nested, not a sibling (unless a participle)
  // 1.13.2: "recalled", "ordered" and "learned" report a "that" clause after an adjunct too ("Republicans learned again
  // during the first presidential debate that …"), as the content rules read it
  // 1.13.3: a quoted phrase after its cue that the sentence goes on after ("reported “2,521 shooting incidents” in the
  // city between …"), with no comma or stop closing it inside the marks, is content with the rest of the clause
  // 1.13.4: an appositive after an inverted cue, opened by a determiner, keeps a relative "that" clause to the stop
  // (", said Jeffrey N. Trimble, a senior official with the board that oversees them.")
  // 1.13.5: a later cue whose source is a name set off by commas right before it ("that the RT editor in chief,
  // Margarita Simonyan, conveyed …") is nested in the content, not a sibling clause that cuts it
  // 1.13.6: a quote opening after a telling verb's recipient is no sentence end ("Sanders told MSNBC's “Morning Joe”
  // that …" reports the "that" clause, not the words before "Sanders"); only a short capitalised quoted name closes a
  // trailing tag ("…, a police source told the “Ledger.”")
  // 1.13.7: an opening quote mark after a cue is no sentence end ("On Dec. 7 on MSNBC, Clinton said “local forces” must
  // lead the way" reports the clause after the cue, not the adjunct before the speaker); a closing one still is
  // 1.13.8: a trailing tag whose words before the source only set the scene (a short prepositional phrase or adverb with no
  // verb: "In the meantime, Obama told the group to pipe down") reports what follows the cue instead
  // 1.13.9: a quote after a determiner before the speaker names a thing, not what the tag reports, when the cue's clause
  // goes on ("Bemoaning the “phony system,” Trump accused Holt of being a Democrat")
  // 1.13.10: "'s" after "he", "she" or "who" before a participle is "has", not a passive "is", unless "to", "by" or "as"
  // follows ("who's called for big tax hikes", "he's said he would run"; "he's said to be ill" stays passive)
  // 1.14.0: a form after "and" inside the content of the clause's cue, in that cue's verb form, is coordinated with it
  // and shares its speaker ("He proposes …, and plans to reduce …"; "to accuse … and encourage Americans to …"): a
  // weak form or an attitude there reports, not nested; a raising verb so coordinated takes the speaker too
  // 1.14.1: a split quote goes on after "and" or "but" that follows the tag's tail ("wrote in an email to Rich Eisen, and
  // “full of s---.”"), and after an adverb between the coordinator and the quote ("Jordan said, and still “…”")
  // 1.14.2: a subject that opens its clause with a restrictive postmodifier is the source whole ("A 2014 study that
  // appeared in the British Medical Journal found", "The section of the debate devoted to racial issues revealed"), not
  // the noun phrase at its end, when the words read as one noun phrase (no comma, coordinator, subordinator, other cue,
  // or finite verb outside a relative clause)
  // 1.14.3: a participle after a comma finds its clause's subject past a fronted phrase and a sentence adverb ("On
  // Thursday, however, Trump spoke …, promising …") and when a number or quantifier opens it ("two Democratic speechwriters
  // implored her …, arguing …"); ", saying his capital was low." is never an inverted tag
  // 1.14.4: "spoke of" keeps its particle, and an -ly adverb may stand between a verb and its particle ("spoke emotionally
  // of", "talked openly about")
  // 1.14.5: the word that governs an infinitive cue joins it once a rule has decided ("continues to insist", "needs to
  // tell", "has yet to explain", "was quick to say"): verbs of trying, going on, wanting and failing, adjectives of
  // readiness, "not", "never", "yet"
  // 1.14.6: a passive of feeling with "by" ("have been unsettled by", "were angered by") credits its subject, who holds
  // the attitude, and reports the agent; other passives with "by" still credit the agent
  // 1.14.7: a "that" after a tag that interrupts its clause goes on with the clause ("so bad, Mr. Obama noted, that the
  // most-visited …", "It is no surprise, Mr. Garin said, that …"), unless a time phrase ("that day")
  // 1.14.8: one lower-case word after an inverted cue, no pronoun or plural, is the verb's object ("…, including
  // Patriot, declared bankruptcy."), so no inverted tag
  // 1.14.9: an active verb of feeling with an object ("That worries environmentalists", "has regularly angered prime
  // ministers") credits the object, who holds the feeling, and reports its subject
  // 1.14.10: a quote set off after a short adjunct with "in" or "on" that opens the sentence ("In his 2002 book, ''Make
  // Your Kid a Millionaire,'' Mr. McKinley suggested …") is a title, not the tag's quote, when the cue's clause goes on
  // 1.14.11: "It goes without saying that …" is an idiom, no report (as "needless to say")
  // 1.14.12: a speaker right after "what" reports what "what" stands for, and "what" joins the content ("That was what
  // Liz Wahl said when she resigned", "what the senators said was economic gerrymandering")
  // 1.15.0: a reaction received ("The proposal has drawn harsh criticism from fellow Republicans", "earned the support
  // of …", "has faced ridicule online") credits whoever reacts and reports what draws the reaction (parsers/reception.ts)
  // 1.15.1: a comparative quantity ("More than six in 10 voters", "Less than a third") and a preposition before a
  // quantifier ("critics in both parties", "majorities in all five") stay inside the source
  // 1.15.2: "enjoy" and "secure" receive reactions too ("Mrs. Clinton enjoyed tremendous support from …")
  // 1.15.3: more prepositions join the cue ("support for", "hoping for", "hopes of", "accused of", "praise for", "think of",
  // "disagrees with", "decided against", "argued for"), also after a noun the verb takes ("expressed support for")
  // 1.16.0: two candidates whose cues overlap are two readings of one cue ("issued" and "issued a statement calling",
  // "appeared" and "appeared to suggest"): only the longer cue is kept (refiners.ts `oneReadingPerCue`)
  // 1.17.0: "recall" with a plain object reports a memory ("Clinton recalled her days as secretary of state"), unless
  // the object is counted or owned ("recalled 45,000 cars", "recalled its older vans") or the verb is nested in a report
  // 1.17.1: a learned noun cue right after a modifier read as its speaker ("needless speculation that …", "a panel
  // discussion") is no report
  // 1.17.2: "known as" gives a name, no report
  // 1.17.3: inside another report's content, a learned cue needs a score 4 above the detector's threshold
  // 1.17.4: "in the polls", "head to the polls" and "than in other polls" name no poll that says anything
  // 1.17.5: inside another report's content, a weak form with no structure of its own and no named speaker needs a
  // detector score 8 above the weak threshold ("She said the videos do not show whether …"); 1.17.3's test now judges
  // only a cue that reports the clause after it (`indirect`), not a tag (", MTA reported")
  // 1.18.0: a source that holds another report's cue ends before the comma that opens that report's clause ("Barkley,
  // who said he votes Democratic, said …": source "Barkley")
  // 1.18.1: a report in a subordinate clause opening its sentence ends at the comma before the main clause's subject
  // ("While he invoked the rising seas to thrill his supporters, he did not …")
  // 1.18.2: a name set off by a dash or after "from" before a colon and a quote, mid-line, is the quote's speaker
  // ("TOO EARLY - Mark Blumenthal: “…”", "A lesson from Loretta Lynch: 'Be the voice …'"; rule `colon-quote`)
  // 1.18.3: between a form of "be" and a learned word stands the predicate, not the speaker ("Democrats were more
  // divided on …": source "Democrats", cue "were more divided")
  semver: '1.18.3',
  // the learned cue detector's weights are part of what the annotator is
  models: () => [join(cueModelDir(), CUE_MODEL_FILE)],
  requires: ['tokens', 'sentences'],
  produces: ['attributions'],
  run(doc: Doc) {
    return { attributions: annotateAttributions(doc) };
  },
});

/** A line this long that ends a sentence is a paragraph, not a hard-wrapped line (those wrap near 80 characters). */
const PARAGRAPH_LINE = 120;

/**
 * The view with each long line that ends a sentence read as a paragraph of its own. Copy that puts a blank line
 * only after its headline and one line break between paragraphs reads as one paragraph to the text layer, so
 * a quote left open in one paragraph (or a closer without an opener) pairs with marks paragraphs away and
 * turns everything between into a quote. The view is rebuilt only for such copy.
 */
export function lineParagraphView(v: TokenView): TokenView {
  let moved = false;
  let para = 0;
  const sentences = v.sentences.map((s, k) => {
    if (k > 0) {
      const prev = v.sentences[k - 1]!;
      const lineStart = v.text.lastIndexOf('\n', prev.end - 1) + 1;
      const breakAfter = s.tokenStart < v.n && v.lineBreakBefore[s.tokenStart] === 1;
      if (s.paragraph !== prev.paragraph) para++;
      else if (breakAfter && prev.end - lineStart >= PARAGRAPH_LINE) {
        para++;
        moved = true;
      }
    }
    return s.paragraph === para ? s : { ...s, paragraph: para };
  });
  return moved ? buildView(v.text, v.tokens, sentences) : v;
}

export function annotateAttributions(doc: Doc): Attribution[] {
  const v = lineParagraphView(tokenView(doc));
  const mentions = new MentionLookup(doc.layers.mentions ?? []);
  const genders = entityGenders(doc.text, doc.layers.entities ?? [], doc.layers.mentions ?? []);
  const gazetteerTest = gazetteerPlace(doc.text);
  const cands = extract(v, (start, end) => mentions.inside(start, end).some((m) => m.type === 'GPE' || m.type === 'LOC') || gazetteerTest(start, end));
  return linkChains(withRelayHosts(v, cands, toRecords(v, cands, { mentions, genders })));
}

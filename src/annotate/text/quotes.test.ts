import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QUOTE_MARKS, asciiQuote, isQuote, isQuoteMark, quotationClass, quotationMarks, quoteCharClass, quoteRole } from './quotes.js';

const P = 'text/quotes:';

const ROLES: readonly { ch: string; role: string | undefined }[] = [
  { ch: '“', role: 'open' },
  { ch: '”', role: 'close' },
  { ch: '„', role: 'open' },
  { ch: '«', role: 'open' },
  { ch: '»', role: 'close' },
  { ch: '‘', role: 'open' },
  { ch: '’', role: 'either' },
  { ch: '"', role: 'either' },
  { ch: "'", role: 'either' },
  { ch: '›', role: 'close' },
  { ch: '「', role: 'open' },
  // negative cases: punctuation that looks like a quote is not one
  { ch: ',', role: undefined },
  { ch: '′', role: undefined }, // prime (feet, minutes)
  { ch: '´', role: undefined }, // acute accent
  { ch: 'a', role: undefined },
];

for (const c of ROLES) {
  test(`${P} ${JSON.stringify(c.ch)} is ${c.role ?? 'not a quote'}`, () => {
    assert.equal(quoteRole(c.ch.charCodeAt(0)), c.role);
    assert.equal(isQuote(c.ch.charCodeAt(0)), c.role !== undefined);
  });
}

const MARKS: readonly { s: string; mark: boolean }[] = [
  { s: '"', mark: true },
  { s: '“', mark: true },
  { s: '”', mark: true },
  { s: '„', mark: true },
  { s: '‟', mark: true },
  { s: '«', mark: true },
  { s: '»', mark: true },
  { s: "''", mark: true },
  { s: '``', mark: true },
  // single marks are apostrophes or quotes inside quotes, never a quotation's delimiter
  { s: "'", mark: false },
  { s: '’', mark: false },
  { s: '‘', mark: false },
  { s: '‹', mark: false },
  { s: "'s", mark: false },
  { s: '""', mark: false },
  { s: '', mark: false },
];

for (const c of MARKS) {
  test(`${P} isQuoteMark(${JSON.stringify(c.s)}) is ${c.mark}`, () => {
    assert.equal(isQuoteMark(c.s), c.mark);
  });
}

test(`${P} quotation marks by role: openers and closers are disjoint double marks`, () => {
  assert.deepEqual([...quotationMarks('open')].sort(), ['«', '“', '„', '‟'].sort());
  assert.deepEqual([...quotationMarks('close')].sort(), ['»', '”'].sort());
});

const CLASSES: readonly { side: 'open' | 'close'; yes: string[]; no: string[] }[] = [
  { side: 'open', yes: ['"', '“', '„', '«'], no: ['”', '»', "'", '‘', '('] },
  { side: 'close', yes: ['"', '”', '»'], no: ['“', '«', "'", '’', ')'] },
];

for (const c of CLASSES) {
  test(`${P} quotationClass('${c.side}') matches the straight quote and the ${c.side} marks only`, () => {
    const re = new RegExp(`^[${quotationClass(c.side)}]$`);
    for (const ch of c.yes) assert.ok(re.test(ch), ch);
    for (const ch of c.no) assert.ok(!re.test(ch), ch);
  });
}

test(`${P} quoteCharClass matches exactly the marks it is given, regex metacharacters included`, () => {
  const re = new RegExp(`^[${quoteCharClass(QUOTE_MARKS)}]$`);
  for (const q of QUOTE_MARKS) assert.ok(re.test(q.char), q.char);
  for (const ch of ['a', ']', '\\', '-', '^', '′']) assert.ok(!re.test(ch), ch);
  assert.equal(new RegExp(`[${quoteCharClass([])}x]`).test('x'), true);
});

test(`${P} asciiQuote maps double marks to " and single marks to ', and leaves the rest`, () => {
  assert.equal(asciiQuote('“'), '"');
  assert.equal(asciiQuote('»'), '"');
  assert.equal(asciiQuote('’'), "'");
  assert.equal(asciiQuote('‘'), "'");
  assert.equal(asciiQuote('–'), '–');
  assert.equal(asciiQuote('ab'), 'ab');
  assert.equal(asciiQuote("''"), "''");
});

test(`${P} every mark is one UTF-16 unit and listed once`, () => {
  const chars = QUOTE_MARKS.map((q) => q.char);
  assert.equal(new Set(chars).size, chars.length);
  for (const c of chars) assert.equal(c.length, 1);
});

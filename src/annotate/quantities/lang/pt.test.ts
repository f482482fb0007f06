import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';

const P = 'quantities/lang pt:';

/** Each amount of the text as "mention=value unit bound". */
function amounts(text: string): string[] {
  const doc = annotate(text, { published: '2026-03-18', language: 'pt' });
  return (doc.layers.quantities ?? []).map((q) => `${text.slice(q.start, q.end)}=${q.value} ${q.unit} ${q.bound}`);
}

// Portuguese (quantities.lang 1.1.0); sentences written for these tests, not taken from any corpus
const CASES: ReadonlyArray<{ readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  { text: 'Cerca de 2.600 empregos serão eliminados.', want: ['Cerca de 2.600 empregos=2600 job about'], why: 'digits grouped by a full stop, a bound, a counted noun in English units' },
  { text: 'O candidato obteve 40,6% dos votos.', want: ['40,6%=40.6 percent exact'], why: 'a decimal comma and a percent sign' },
  { text: 'A inflação subiu 3,2 por cento.', want: ['3,2 por cento=3.2 percent exact'], why: '"por cento"' },
  { text: 'O prejuízo chega a 2,5 mil milhões de euros.', want: ['2,5 mil milhões de euros=2500000000 EUR exact'], why: 'the European "mil milhões"' },
  { text: 'O banco perdeu mais de 3 bilhões de reais.', want: ['mais de 3 bilhões de reais=3000000000 BRL moreThan'], why: 'the Brazilian "bilhões", reais' },
  { text: 'Pelo menos cinco pessoas morreram.', want: ['Pelo menos cinco pessoas=5 person atLeast'], why: 'a number word and a bound' },
  { text: 'A 12 de abril de 2026 abriu a ponte.', want: [], why: 'negative: numbers of a date are no amounts' },
  { text: 'A equipa venceu por 3 a 1.', want: [], why: 'negative: a score, nothing counted' },
];

for (const c of CASES) {
  test(`${P} ${c.why}`, () => {
    assert.deepEqual(amounts(c.text), c.want, c.text);
  });
}

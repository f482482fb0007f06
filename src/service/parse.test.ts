import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../annotate/default-pipeline.js';
import { layer } from '../doc/doc.js';
import { parseHtmlArticle } from './parse.js';

const page = (published: string): string => `<!doctype html><html><head><title>Talks</title>
<meta property="article:published_time" content="${published}"></head><body><article>
<h1>Talks resume in Seoul</h1>
<p>South Korea's foreign minister said yesterday that talks with Japan would resume next week, after a pause of several months that both sides blamed on scheduling.</p>
<p>Officials in Tokyo did not comment on the report, which was carried by several newspapers on Monday morning.</p>
</article></body></html>`;

test('html to timexes: the publication date keeps its stated offset, so relative times use the local day', async () => {
  // 07:00 in Seoul on Monday 22 January is still Sunday in UTC: "yesterday" must be Sunday the 21st.
  const table = [
    { published: '2024-01-22T07:00:00+09:00', yesterday: '2024-01-21' },
    { published: '2024-01-21T22:00:00Z', yesterday: '2024-01-20' },
    { published: '2024-01-22', yesterday: '2024-01-21' },
  ];
  for (const { published, yesterday } of table) {
    const parsed = await parseHtmlArticle(page(published));
    assert.equal(parsed.meta.published, published, 'stored as stated');
    const doc = annotate(parsed.text, parsed.meta);
    const t = layer(doc, 'timexes').find((x) => doc.text.slice(x.start, x.end) === 'yesterday');
    assert.ok(t, `no timex for "yesterday" (${published})`);
    assert.equal(t.value, yesterday, published);
  }
});

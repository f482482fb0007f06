/**
 * Text files with a front-matter header (`---` YAML, or `key: value` lines such as url:, outlet:,
 * published:, title:) are read as metadata, never as body or title; a body that merely opens with
 * "Update:" keeps it. Gold: title, outlet, url, published, and how the body starts.
 */
import { parseArticleText } from '../../../service/parse.js';
import type { WireExample, WirePattern } from '../types.js';

interface Expect {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly bodyStart: string;
}

export const pattern: WirePattern = {
  name: 'input-front-matter',
  family: 'input',
  description: 'front-matter headers read as metadata, never as body or title',
  check(ex: WireExample) {
    const want = ex.expect as Expect;
    const a = parseArticleText(ex.text);
    const got: Expect = {
      title: a.meta.title ?? null,
      outlet: a.meta.outlet ?? null,
      url: a.meta.url ?? null,
      published: a.meta.published ?? null,
      bodyStart: a.text.slice(0, want.bodyStart.length),
    };
    return { ok: JSON.stringify(got) === JSON.stringify(want), want: JSON.stringify(want), got: JSON.stringify(got) };
  },
};

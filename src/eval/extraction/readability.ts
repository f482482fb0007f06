/**
 * The baseline: @mozilla/readability on jsdom, run the way the benchmark's own readability_js
 * script runs it (a fake page URL, textContent of the parsed article).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const BASE_URL = 'https://fake-url.com';

export function readabilityText(html: string): string {
  // A silent console: jsdom reports every CSS it cannot parse, which is noise here.
  const dom = new JSDOM(html, { url: BASE_URL, virtualConsole: new VirtualConsole() });
  try {
    const article = new Readability(dom.window.document).parse();
    return article?.textContent ?? '';
  } finally {
    dom.window.close();
  }
}

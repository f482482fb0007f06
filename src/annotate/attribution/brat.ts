/**
 * Brat stand-off in PolNeAR's form, so any brat-based scorer can check the attributions:
 *   T<n>  Source|Cue|Content <start> <end>[;<start> <end>…]  <text>
 *   T<n>  Attribution|Attribution-no-source <cue start> <cue end>  <cue text>   (the event trigger)
 *   E<n>  Attribution:T… Source:T… Cue:T… Content:T…
 * Offsets index the document text exactly as given. Fragments never cross a line break (brat's rule):
 * a span over several lines is written as one fragment per line.
 */
import type { Doc } from '../../doc/doc.js';
import type { Attribution } from '../../doc/schemas/attribution.js';

interface Frag {
  readonly start: number;
  readonly end: number;
}

export function toBrat(doc: Doc): string {
  return attributionsToBrat(doc.text, doc.layers.attributions ?? []);
}

export function attributionsToBrat(text: string, attributions: readonly Attribution[]): string {
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  const tLine = (label: string, frags: readonly Frag[]): string | null => {
    const pieces = frags.flatMap((f) => splitLines(text, f));
    if (!pieces.length) return null;
    const id = `T${++t}`;
    const ranges = pieces.map((f) => `${f.start} ${f.end}`).join(';');
    const surface = pieces.map((f) => text.slice(f.start, f.end)).join(' ');
    lines.push(`${id}\t${label} ${ranges}\t${surface}`);
    return id;
  };
  for (const a of attributions) {
    const src = a.source ? tLine('Source', [a.source]) : null;
    const cue = tLine('Cue', [a.cue]);
    const content = tLine('Content', a.content);
    const trigger = tLine(src ? 'Attribution' : 'Attribution-no-source', [a.cue]);
    if (!cue || !trigger) continue;
    const args = [`${src ? 'Attribution' : 'Attribution-no-source'}:${trigger}`];
    if (src) args.push(`Source:${src}`);
    args.push(`Cue:${cue}`);
    if (content) args.push(`Content:${content}`);
    lines.push(`E${++e}\t${args.join(' ')}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Splits a span at line breaks and trims each piece of edge whitespace. */
function splitLines(text: string, f: Frag): Frag[] {
  const out: Frag[] = [];
  let s = f.start;
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = f.start; i < f.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      push(s, i);
      s = i + 1;
    }
  }
  push(s, f.end);
  return out;
}

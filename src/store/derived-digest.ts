/**
 * A link report's digest rebuilt from what the store already holds, instead of kept beside it: the
 * article's row (id, title, outlet, published, language, near-duplicate pointer), its text and its
 * stored layers are all that the link layer's digestReport reads. Stored, a digest was the largest
 * value of a further article after its layers (about 1.5 times its text's bytes packed: its term
 * counts, entities, events and claims with their evidence), and it is read back only when a report
 * is removed (unlinking it, or deleting its article): never on the path that links a new report.
 *
 * A digest is left out only when rebuilding it from the store gives exactly what was written (as JSON
 * keeps it; ../report-codec.ts DIGEST_REBUILT_V1); anything else (a digest of other layers, one
 * written by hand or by a test) is stored whole. What a rebuild reads can change in two ways, and the
 * stores keep it from doing so silently: new layers written over the article's (putLayers), and the
 * near-duplicate pointer cleared when the first-seen copy is deleted. Before either, the stores write
 * the digest out whole (`materialize` in each engine). After an upgrade of the link layer a rebuilt
 * digest is the running code's digest of the same stored report, as a relink would make it.
 */
import { createDoc, withLayers, type Doc } from '../doc/doc.js';
import { isLayerName, type LayerMap } from '../doc/layers.js';
import { digestReport, type ReportMeta } from '../link/digest.js';
import { unpackBundle } from './layer-bundle.js';
import type { SpanSource } from './report-codec.js';
import type { StoredLayer } from './types.js';

/** What a stored Doc is made of: the article's id, its frozen text and the metadata a Doc carries. */
export interface DocArticle {
  readonly id: number;
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
}

/** A stored article as a Doc: its frozen text with the stored layers, as the annotators left them. */
export function storedDoc(article: DocArticle, layers: readonly StoredLayer[]): Doc {
  let doc = createDoc(article.text, { published: article.published, ...(article.title ? { title: article.title } : {}), ...(article.outlet ? { outlet: article.outlet } : {}) }, String(article.id));
  for (const l of layers) {
    if (!isLayerName(l.name)) continue;
    doc = withLayers(doc, { [l.name]: l.data } as Partial<LayerMap>, { annotator: l.annotator, version: l.version });
  }
  return doc;
}

/** The report metadata of a stored article, as linking reads it. */
export function reportMetaOf(a: DocArticle & { readonly language: string | null; readonly nearDupOf: number | null }): ReportMeta {
  return { id: a.id, title: a.title, outlet: a.outlet, published: a.published, language: a.language, nearDupOf: a.nearDupOf };
}

/** An article's row and layer bundle as a digest's source reads them (the text already unpacked). */
export interface DigestRow extends DocArticle {
  readonly language: string | null;
  readonly nearDupOf: number | null;
  /** The stored layer bundle, or null when the article has none. */
  readonly bundle: Uint8Array | null;
}

/**
 * The source of one article's digest: its text for the evidence spans and, when the article has
 * layers, the digest rebuilt from them (computed at most once, on first use; undefined when its layers
 * cannot be read as a Doc).
 */
export function digestSource(row: DigestRow): SpanSource {
  const { bundle } = row;
  if (!bundle) return { article: row.id, text: row.text };
  let rebuilt: unknown;
  let done = false;
  return {
    article: row.id,
    text: row.text,
    rebuild: () => {
      if (!done) {
        done = true;
        try {
          rebuilt = digestReport(reportMetaOf(row), storedDoc(row, unpackBundle(bundle, row.id, undefined, row.text)));
        } catch {
          // layers the link layer cannot read (written by hand, or stale): nothing is rebuilt, the digest is stored whole
          rebuilt = undefined;
        }
      }
      return rebuilt;
    },
  };
}

/**
 * Layers the store rebuilds from the article's text when read, instead of keeping them: the text
 * annotator's paragraphs, tokens and sentences. They are a deterministic function of the text, yet
 * stored they were a fifth of an article's layers (npm run bench -- storage).
 *
 * A written layer is left out of the bundle only when the running text annotator, run on the article's
 * text, gives exactly its records (as JSON keeps them) under the same annotator name and version; the
 * bundle then keeps its name, annotator, version and time, and a mark. Reading rebuilds it; after an
 * upgrade of the text annotator the rebuilt layer carries the running version (what made the records
 * given back), and E_LAYER_STALE is left for a layer the running annotator no longer makes. Anything else
 * (another annotator, a layer edited by hand, another text) is stored whole.
 */
import { WiretraceError } from '../errors.js';
import { createDoc } from '../doc/doc.js';
import { textAnnotator } from '../annotate/text/index.js';

/** Layers that one annotator makes from the text alone. */
export interface TextDerivation {
  readonly annotator: string;
  readonly version: string;
  readonly names: readonly string[];
  /** Each layer's records, as JSON text keeps them, for this text. */
  derive(text: string): ReadonlyMap<string, unknown[]>;
}

export const TEXT_LAYERS: TextDerivation = {
  annotator: textAnnotator.name,
  version: textAnnotator.version,
  names: textAnnotator.produces,
  derive(text) {
    const out = textAnnotator.run(createDoc(text)) as unknown as Record<string, unknown>;
    return new Map(textAnnotator.produces.map((n) => [n, JSON.parse(JSON.stringify(out[n])) as unknown[]]));
  },
};

/** A layer as a bundle lists it: enough to say whether it can be rebuilt. */
export interface LayerIdentity {
  readonly name: string;
  readonly annotator: string;
  readonly version: string;
}

/**
 * The rebuilder of one article's text: each derivation runs at most once, whatever number of its
 * layers is asked for.
 */
export class TextRebuild {
  private derived: ReadonlyMap<string, unknown[]> | null = null;

  constructor(
    private readonly text: string,
    private readonly derivation: TextDerivation = TEXT_LAYERS,
  ) {}

  /** Whether this layer, written with these records, is exactly what rebuilding gives. */
  rebuilds(layer: LayerIdentity, data: readonly unknown[]): boolean {
    if (!this.mayRebuild(layer)) return false;
    const again = this.layers().get(layer.name);
    return again !== undefined && JSON.stringify(again) === JSON.stringify(data);
  }

  /**
   * The layer rebuilt from the text, with the version that rebuilt it. A layer stored by another version
   * of the same annotator is rebuilt by the running one and says so in its version: every other layer
   * points into the text by character offsets, never into tokens, so the rebuilt segmentation stays
   * consistent with them, and an upgrade never leaves stored articles unreadable. E_LAYER_STALE only when
   * the running annotator does not make this layer at all.
   */
  rebuild(layer: LayerIdentity, articleId: number): { readonly data: unknown[]; readonly version: string } {
    if (layer.annotator !== this.derivation.annotator || !this.derivation.names.includes(layer.name)) {
      throw new WiretraceError(
        'E_LAYER_STALE',
        `article ${articleId}: layer ${layer.name} (${layer.annotator} ${layer.version}) is rebuilt from the text when read, ` +
          `but this wiretrace's ${this.derivation.annotator} ${this.derivation.version} does not make it; annotate the article again`,
        { articleId, layer: layer.name, stored: layer.version, running: this.derivation.version },
      );
    }
    return { data: this.layers().get(layer.name)!, version: this.derivation.version };
  }

  /** Whether the layer is one the running annotator makes (its records not yet compared). */
  mayRebuild(layer: LayerIdentity): boolean {
    return layer.annotator === this.derivation.annotator && layer.version === this.derivation.version && this.derivation.names.includes(layer.name);
  }

  private layers(): ReadonlyMap<string, unknown[]> {
    return (this.derived ??= this.derivation.derive(this.text));
  }
}

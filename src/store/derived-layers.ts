/**
 * Layers the store rebuilds from the article's text when read, instead of keeping them: the text
 * annotator's paragraphs, tokens and sentences. They are a deterministic function of the text, yet
 * stored they were a fifth of an article's layers (npm run bench -- storage).
 *
 * A written layer is left out of the bundle only when the running text annotator, run on the article's
 * text, gives exactly its records (as JSON keeps them) under the same annotator name and version; the
 * bundle then keeps its name, annotator, version and time, and a mark. Reading rebuilds it, and
 * refuses with E_LAYER_STALE when the running annotator's version is not the stored one (its output
 * may differ, so the layer cannot be given back as it was written): re-annotating the article stores
 * it again. Anything else (another annotator, a layer edited by hand, another text) is stored whole.
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

  /** The layer rebuilt from the text; E_LAYER_STALE when this annotator version would not give it back. */
  rebuild(layer: LayerIdentity, articleId: number): unknown[] {
    if (layer.annotator !== this.derivation.annotator || layer.version !== this.derivation.version || !this.derivation.names.includes(layer.name)) {
      throw new WiretraceError(
        'E_LAYER_STALE',
        `article ${articleId}: layer ${layer.name} (${layer.annotator} ${layer.version}) is rebuilt from the text when read, ` +
          `but this wiretrace runs ${this.derivation.annotator} ${this.derivation.version}; annotate the article again`,
        { articleId, layer: layer.name, stored: layer.version, running: this.derivation.version },
      );
    }
    return this.layers().get(layer.name)!;
  }

  /** Whether the layer is one the running annotator makes (its records not yet compared). */
  mayRebuild(layer: LayerIdentity): boolean {
    return layer.annotator === this.derivation.annotator && layer.version === this.derivation.version && this.derivation.names.includes(layer.name);
  }

  private layers(): ReadonlyMap<string, unknown[]> {
    return (this.derived ??= this.derivation.derive(this.text));
  }
}

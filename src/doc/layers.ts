/**
 * The one registry of layer names and their record types. Each layer family's schema lives in
 * schemas/ (the ground floor, so doc/ needs nothing from the annotators); this file only assembles
 * them, so adding a layer is one line here.
 */
import { Type, type Static } from '@sinclair/typebox';
import { Token, Sentence, Paragraph } from './schemas/text.js';
import { Mention, Entity } from './schemas/entities.js';
import { Timex } from './schemas/time.js';
import { Attribution } from './schemas/attribution.js';
import { Event, Claim } from './schemas/events.js';
import { Quantity } from './schemas/quantities.js';
import { NameCandidate } from './schemas/names.js';

export const LayerSchemas = {
  paragraphs: Type.Array(Paragraph),
  sentences: Type.Array(Sentence),
  tokens: Type.Array(Token),
  mentions: Type.Array(Mention),
  entities: Type.Array(Entity),
  timexes: Type.Array(Timex),
  attributions: Type.Array(Attribution),
  events: Type.Array(Event),
  claims: Type.Array(Claim),
  quantities: Type.Array(Quantity),
  names: Type.Array(NameCandidate),
} as const;

export type LayerName = keyof typeof LayerSchemas;
export const LAYER_NAMES = Object.keys(LayerSchemas) as LayerName[];

export type LayerMap = { [K in LayerName]: ReadonlyArray<Static<(typeof LayerSchemas)[K]>[number]> };

export function isLayerName(name: string): name is LayerName {
  return Object.prototype.hasOwnProperty.call(LayerSchemas, name);
}

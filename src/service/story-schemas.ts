/**
 * Shapes of the story API (GET /api/stories, /api/stories/:id, /api/events/:id, /api/entities/:key):
 * TypeBox schemas that validate and document the HTTP routes and give the service its TypeScript types.
 * The story records themselves are the link layer's (src/link/schema.ts).
 */
import { Type, type Static } from '@sinclair/typebox';
import { ReaderStatus, Story, StoryEntity, TrackedEvent } from '../link/schema.js';
import { Paging } from './schemas.js';

export const StorySummaryEvent = Type.Object({
  id: Type.String(),
  label: Type.String(),
  status: Type.Union([ReaderStatus, Type.Null()]),
  statusDate: Type.Union([Type.String(), Type.Null()], { description: 'the day the latest status was asserted' }),
  reports: Type.Integer(),
  steps: Type.Array(
    Type.Object({ date: Type.Union([Type.String(), Type.Null()]), status: ReaderStatus }),
    { description: 'the status history in order (day asserted, status): enough for a sparkline' },
  ),
});
export type StorySummaryEvent = Static<typeof StorySummaryEvent>;

export const StorySummary = Type.Object(
  {
    id: Type.Integer(),
    title: Type.String(),
    articles: Type.Array(Type.Integer(), { description: 'the report (article) ids' }),
    outlets: Type.Array(Type.String()),
    firstDate: Type.Union([Type.String(), Type.Null()]),
    lastDate: Type.Union([Type.String(), Type.Null()]),
    events: Type.Array(StorySummaryEvent, { description: 'tracked events with a status history, most reported first' }),
    findings: Type.Integer({ description: 'drift and contradiction findings' }),
    entities: Type.Array(Type.Object({ key: Type.String(), name: Type.String(), type: Type.String(), reports: Type.Integer() }), {
      description: 'the story\'s most reported global entities (at most 12), most reported first',
    }),
  },
  { $id: 'StorySummary' },
);
export type StorySummary = Static<typeof StorySummary>;

export const StoryList = Type.Object({
  items: Type.Array(StorySummary),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type StoryList = Static<typeof StoryList>;

export const StoryQuery = Type.Composite([
  Paging,
  Type.Object({ asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'status as of this day' })) }),
]);
export type StoryQuery = Static<typeof StoryQuery>;

export const StoryParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const EventParams = Type.Object({ id: Type.String({ pattern: '^\\d+\\.\\d+$', description: 'tracked event id, "<story>.<n>"' }) });
export const EventQuery = Type.Object({ asOf: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) });
export const EntityParams = Type.Object({ key: Type.String({ minLength: 3, maxLength: 200, pattern: '^[a-z]+:[^\\s]+$', description: 'global entity key, e.g. per:dmitry-peskov' }) });

export const StoryDetail = Type.Composite([Story, Type.Object({ summary: StorySummary })]);
export type StoryDetail = Static<typeof StoryDetail>;

export const TrackedEventDetail = Type.Composite([
  TrackedEvent,
  Type.Object({
    storyTitle: Type.String(),
    statusAsOf: Type.Object({
      day: Type.Union([Type.String(), Type.Null()]),
      status: Type.Union([ReaderStatus, Type.Null()]),
      step: Type.Union([Type.String(), Type.Null()]),
    }),
  }),
]);
export type TrackedEventDetail = Static<typeof TrackedEventDetail>;

export const EntityDetail = Type.Object({
  key: Type.String(),
  name: Type.String(),
  type: Type.String(),
  aliases: Type.Array(Type.String()),
  roles: StoryEntity.properties.roles,
  stories: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      lastDate: Type.Union([Type.String(), Type.Null()]),
      events: Type.Array(Type.Object({ id: Type.String(), label: Type.String(), status: Type.Union([ReaderStatus, Type.Null()]) })),
      claims: Type.Array(
        Type.Object({
          id: Type.String(),
          event: Type.Union([Type.String(), Type.Null()]),
          text: Type.String(),
          article: Type.Integer(),
          published: Type.Union([Type.String(), Type.Null()]),
        }),
      ),
    }),
  ),
});
export type EntityDetail = Static<typeof EntityDetail>;

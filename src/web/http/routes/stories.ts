/**
 * The story API: stories with where they stand, one story with its history, claims and findings, one
 * tracked event, one global entity, and every story as JSON Lines.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { exportStories, getEntity, getStory, getTrackedEvent, listStories } from '../../../service/stories.js';
import { summarizeStory } from '../../../service/story-views.js';
import { EntityDetail, EntityParams, EventParams, EventQuery, StoryDetail, StoryList, StoryParams, StoryQuery, TrackedEventDetail } from '../../../service/story-schemas.js';
import { Paging } from '../../../service/schemas.js';
import type { Store } from '../../../store/types.js';
import { errorResponses } from '../error-replies.js';

export interface StoryRouteOptions {
  readonly store: Store;
}

export const storyRoutes: FastifyPluginAsyncTypebox<StoryRouteOptions> = async (app, opts) => {
  app.get(
    '/api/stories',
    {
      schema: {
        summary: 'Stories, newest first, each with where its tracked events stand (optionally as of a day)',
        querystring: StoryQuery,
        response: { 200: StoryList, ...errorResponses(400, 500) },
      },
    },
    async (req) => listStories(opts.store, req.query),
  );

  app.get(
    '/api/stories/:id',
    {
      schema: {
        summary: 'One story: its reports, entities, tracked events with status timelines, claims with relay chains, findings',
        params: StoryParams,
        response: { 200: StoryDetail, ...errorResponses(400, 404, 500) },
      },
    },
    async (req) => {
      const story = await getStory(opts.store, req.params.id);
      return { ...story, summary: summarizeStory(story) };
    },
  );

  app.get(
    '/api/events/:id',
    {
      schema: {
        summary: 'One tracked event with its status history; asOf gives its status on that day',
        params: EventParams,
        querystring: EventQuery,
        response: { 200: TrackedEventDetail, ...errorResponses(400, 404, 500) },
      },
    },
    async (req) => getTrackedEvent(opts.store, req.params.id, req.query.asOf ?? null),
  );

  app.get(
    '/api/entities/:key',
    {
      schema: {
        summary: 'One global entity across stories: names, roles over time, the events it took part in and what it said',
        params: EntityParams,
        querystring: Paging,
        response: { 200: EntityDetail, ...errorResponses(400, 404, 500) },
      },
    },
    async (req) => getEntity(opts.store, req.params.key, req.query),
  );

  app.get(
    '/api/stories.jsonl',
    {
      schema: {
        summary: 'Every story record, one JSON object a line (application/x-ndjson)',
        response: { 200: Type.String({ description: 'JSON Lines' }), ...errorResponses(500) },
      },
    },
    async (_req, reply) => {
      const lines: string[] = [];
      for await (const line of exportStories(opts.store)) lines.push(line);
      void reply.type('application/x-ndjson; charset=utf-8');
      return lines.length ? `${lines.join('\n')}\n` : '';
    },
  );
};

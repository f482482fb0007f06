/**
 * The web UI's files at every path outside /api/: ui-files.ts decides which file a path names,
 * @fastify/static sends it. Registered last, so every API route wins over this catch-all.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { WiretraceError } from '../../../errors.js';
import { resolveUiFile } from '../ui-files.js';

export interface UiRouteOptions {
  /** The UI directory; null serves no UI (every non-API path is a 404). */
  readonly uiDir: string | null;
}

export const uiRoutes: FastifyPluginAsync<UiRouteOptions> = async (app, opts) => {
  const root = opts.uiDir;
  if (root) await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { schema: { hide: true } }, async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (path === '/api' || path.startsWith('/api/')) throw new WiretraceError('E_NOT_FOUND', `no route GET ${path}`);
    const file = root ? await resolveUiFile(root, path) : null;
    if (!root || !file) throw new WiretraceError('E_NOT_FOUND', `no file ${path}`);
    // our content type (RFC 9239 JavaScript, UTF-8 text) and caching, not send's guesses
    reply.header('content-type', file.contentType).header('cache-control', 'no-cache');
    return reply.sendFile(file.path, root, { contentType: false, cacheControl: false });
  });
};

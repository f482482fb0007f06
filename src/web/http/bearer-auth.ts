/** The bearer token that write routes require. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { WiretraceError } from '../../errors.js';

/** Constant-time bearer check (hash both sides so lengths never leak through timing). */
export function requireBearer(token: string | null) {
  const want = token ? createHash('sha256').update(token).digest() : null;
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!want) throw new WiretraceError('E_AUTH', 'writes are disabled: start the server with WIRETRACE_TOKEN set');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!m) throw new WiretraceError('E_AUTH', 'missing bearer token (Authorization: Bearer <token>)');
    const got = createHash('sha256').update(m[1]!).digest();
    if (!timingSafeEqual(got, want)) throw new WiretraceError('E_AUTH', 'wrong bearer token');
  };
}

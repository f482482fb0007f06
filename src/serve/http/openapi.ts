/**
 * Builds the OpenAPI 3.1 document from the route schemas themselves (collected as routes register),
 * so the document cannot drift from what the server validates.
 */
import type { TSchema } from '@sinclair/typebox';

export interface RouteDoc {
  readonly method: string;
  readonly url: string;
  readonly summary?: string;
  readonly auth?: boolean;
  readonly schema: {
    readonly params?: TSchema;
    readonly querystring?: TSchema;
    readonly body?: TSchema;
    readonly response?: Readonly<Record<number | string, TSchema>>;
  };
}

interface JsonSchemaObject {
  properties?: Record<string, unknown>;
  required?: string[];
}

/** JSON.parse(JSON.stringify(x)) drops TypeBox's symbol keys, leaving plain JSON Schema. */
function plain(schema: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}

function parameters(where: 'path' | 'query', schema: TSchema | undefined): unknown[] {
  if (!schema) return [];
  const s = plain(schema) as JsonSchemaObject & { allOf?: JsonSchemaObject[] };
  const props = { ...(s.properties ?? {}) };
  const required = new Set(s.required ?? []);
  return Object.entries(props).map(([name, sch]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: sch,
    ...((sch as { description?: string }).description ? { description: (sch as { description: string }).description } : {}),
  }));
}

export function buildOpenApi(routes: readonly RouteDoc[], info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]\w*)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(r.schema.response ?? {})) {
      responses[status] = {
        description: Number(status) < 400 ? 'success' : 'error ({error: {code, message}})',
        content: { 'application/json': { schema: plain(schema) } },
      };
    }
    const op: Record<string, unknown> = {
      ...(r.summary ? { summary: r.summary } : {}),
      parameters: [...parameters('path', r.schema.params), ...parameters('query', r.schema.querystring)],
      responses,
    };
    if (r.schema.body) op.requestBody = { required: true, content: { 'application/json': { schema: plain(r.schema.body) } } };
    if (r.auth) op.security = [{ bearerAuth: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'wiretrace: who said what, according to whom, about which event. Errors are {error: {code, message}}.' },
    paths,
    components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
  };
}

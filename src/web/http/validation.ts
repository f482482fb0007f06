/**
 * Request validation with TypeBox's compiler, the same schemas that type the service's shapes.
 * Kept over fastify's default (Ajv with type coercion): see docs/architecture.md, "Kept over a library".
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';

/**
 * URL parts (querystring, params) arrive as strings, so they are converted ("12" -> 12) and given their
 * defaults first; a JSON body is checked as sent: 42 is not a string.
 */
export const compileValidator: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const part = httpPart ?? 'body';
  const check = TypeCompiler.Compile(schema);
  const fromUrl = part === 'querystring' || part === 'params';
  return (data: unknown): { value: unknown } | { error: Error } => {
    const value = fromUrl ? convertUrlPart(schema, data) : data;
    if (check.Check(value)) return { value };
    const first = check.Errors(value).First();
    const where = first?.path ? `${part} ${first.path.slice(1) || '(root)'}` : part;
    return { error: new Error(first ? `${where}: ${first.message}` : `${part} is invalid`) };
  };
};

const DECIMAL_INTEGER = /^\d+$/;

/**
 * Converts URL strings to the schema's types. TypeBox's Convert reads "1.5", "1e3" or " 1" as an
 * integer too, which would quietly turn /api/articles/1.5 into article 1; integer fields therefore
 * only convert from plain decimal digits, and anything else stays a string that fails the check.
 */
function convertUrlPart(schema: TSchema, data: unknown): unknown {
  const raw = { ...(data as Record<string, unknown>) };
  const value = Value.Convert(schema, Value.Default(schema, Value.Clone(raw))) as Record<string, unknown>;
  const props = (schema as { properties?: Record<string, TSchema> }).properties ?? {};
  for (const [key, prop] of Object.entries(props)) {
    const given = raw[key];
    if (prop.type === 'integer' && typeof given === 'string' && !DECIMAL_INTEGER.test(given)) value[key] = given;
  }
  return value;
}

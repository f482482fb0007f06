/**
 * Settings shared by the CLI and the server. Precedence: explicit option > environment > config file
 * > default. The config file is JSON, at $WIRETRACE_CONFIG or ./wiretrace.config.json when present:
 *   { "db": "./data/wiretrace.db", "token": "...", "port": 8080, "host": "localhost",
 *     "allowPrivate": false, "maxInputBytes": 10485760, "writesPerMinute": 60,
 *     "allowedHosts": "localhost,wiretrace.example" }
 * Secrets (the API token) belong in the environment or that file, never on a command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WiretraceError } from '../errors.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../ingest/input-guard.js';

export { DEFAULT_MAX_INPUT_BYTES };
export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = 'localhost';
/** Each POST /api/articles runs every annotator (and may fetch a URL): a client gets this many a minute. */
export const DEFAULT_WRITES_PER_MINUTE = 60;

/** Levels of the server's request log (pino's), quietest last. */
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface WiretraceConfig {
  readonly db?: string;
  readonly token?: string;
  readonly port?: number;
  readonly host?: string;
  readonly allowPrivate?: boolean;
  readonly maxInputBytes?: number;
  /** POST /api/articles per client and minute; 0 turns the limit off. */
  readonly writesPerMinute?: number;
  /** Host header names the server answers for, comma-separated ("*": any); default: loopback names. */
  readonly allowedHosts?: string;
}

const KEYS: Record<keyof WiretraceConfig, 'string' | 'number' | 'boolean'> = {
  db: 'string',
  token: 'string',
  port: 'number',
  host: 'string',
  allowPrivate: 'boolean',
  maxInputBytes: 'number',
  writesPerMinute: 'number',
  allowedHosts: 'string',
};

/** Reads the config file if there is one; an explicit path that is missing or malformed is an error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): WiretraceConfig {
  const explicit = env.WIRETRACE_CONFIG;
  const path = explicit ? resolve(cwd, explicit) : resolve(cwd, 'wiretrace.config.json');
  if (!existsSync(path)) {
    if (explicit) throw new WiretraceError('E_USAGE', `config file ${path} (from WIRETRACE_CONFIG) does not exist`);
    return {};
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WiretraceError('E_USAGE', `config file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new WiretraceError('E_USAGE', `config file ${path} must hold a JSON object`);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const want = KEYS[k as keyof WiretraceConfig];
    if (!want) continue; // keys of other modules (e.g. "fetch") are theirs to read
    if (typeof v !== want) throw new WiretraceError('E_USAGE', `config key "${k}" in ${path} must be a ${want}`);
    out[k] = v;
  }
  return out as WiretraceConfig;
}

/** The API token for write routes: $WIRETRACE_TOKEN, else the config file's "token"; null disables writes. */
export function resolveToken(config: WiretraceConfig, env: NodeJS.ProcessEnv = process.env): string | null {
  const t = env.WIRETRACE_TOKEN ?? config.token;
  return t && t.length > 0 ? t : null;
}

/** Parses a byte size such as "10485760", "10MB", "512k"; used for --max-size. */
export function parseByteSize(input: string): number {
  const m = input.trim().match(/^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i);
  if (!m) throw new WiretraceError('E_USAGE', `cannot read "${input}" as a size (try 10MB or 524288)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0]!;
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const n = Math.floor(Number(m[1]) * mult);
  if (n < 1) throw new WiretraceError('E_USAGE', `size must be at least 1 byte, got "${input}"`);
  return n;
}

/** The input size limit a command runs with: its --max-size, else the config's maxInputBytes, else the default. */
export function resolveMaxInputBytes(maxSize: string | undefined, config: WiretraceConfig): number {
  return maxSize ? parseByteSize(maxSize) : (config.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES);
}

export function parsePort(input: string | number | undefined, fallback = DEFAULT_PORT): number {
  return wholeNumberSetting('port', input, fallback, 65535);
}

/** --writes-per-minute or the config's "writesPerMinute": a whole number; 0 turns the limit off. */
export function parseWritesPerMinute(input: string | number | undefined, fallback = DEFAULT_WRITES_PER_MINUTE): number {
  return wholeNumberSetting('writes per minute', input, fallback, 1_000_000);
}

/**
 * --allowed-hosts or the config's "allowedHosts": comma-separated host names (no ports) the server
 * answers for, "*" for any; undefined or empty: the default (the loopback names, plus --host itself).
 */
export function parseAllowedHosts(input: string | undefined): string[] | null {
  if (input === undefined) return null;
  const names = input.split(',').map((h) => h.trim()).filter((h) => h !== '');
  for (const h of names) {
    if (h !== '*' && !/^(?:\[[0-9a-f:.]+\]|[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*|[0-9a-z.-]+)$/i.test(h)) throw new WiretraceError('E_USAGE', `invalid allowed host "${h}" (a host name or address, no port)`);
  }
  return names.length ? names : null;
}

function wholeNumberSetting(what: string, input: string | number | undefined, fallback: number, max: number): number {
  if (input === undefined || input === '') return fallback;
  const n = typeof input === 'number' ? input : Number(input);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new WiretraceError('E_USAGE', `invalid ${what} "${input}"`);
  return n;
}

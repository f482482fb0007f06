/**
 * PostgreSQL article texts packed where the server can unpack them (migration 14): pgcrypto's
 * `pgp_sym_encrypt` with deflate at level 9 is a compression that SQL undoes (`pgp_sym_decrypt` is
 * immutable), so the full-text index can still be built on an expression over the text. The key is
 * fixed and written here: this is packing, not secrecy. A text is packed only when that makes it
 * smaller (a message carries about 45 bytes of headers); otherwise it stays plain in `text`.
 *
 * Every read names the text through `wiretrace_text(text, packed)`, an SQL function of the store's
 * schema, so the same queries serve a server without pgcrypto: there the migration makes it give back
 * `text`, and no text is ever packed.
 */
import type pg from 'pg';

/** The text of an article row `alias` (or of the row in scope): plain or unpacked. Spelled so in the search index. */
export function articleText(alias = ''): string {
  const col = (c: string): string => (alias ? `${alias}.${c}` : c);
  return `wiretrace_text(${col('text')}, ${col('packed')})`;
}

/**
 * The text of article row `alias` as SQL in `schema` at its current migration: `articleText` once
 * migration 14 has run, the plain column before (for a migration's code that runs on either).
 */
export async function articleTextNow(client: pg.ClientBase, schema: string, alias: string): Promise<string> {
  const r = await client.query(
    `SELECT 1 FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname = 'articles' AND a.attname = 'packed' AND NOT a.attisdropped`,
    [schema],
  );
  return r.rowCount ? articleText(alias) : `${alias}.text`;
}

/** Fixed: packing, not secrecy (every store and every server read it alike). */
const PACK_KEY = 'wiretrace';
/**
 * Deflate (compress-algo 2) at level 9; s2k-mode 0 derives the key from PACK_KEY without salt or
 * iterations; no MDC (the 22-byte integrity packet guards nothing here); AES-128, which every OpenSSL
 * build pgcrypto links offers (Blowfish and CAST5 need OpenSSL 3's legacy provider).
 */
export const PACK_OPTIONS = 'compress-algo=2, compress-level=9, s2k-mode=0, disable-mdc=1, cipher-algo=aes128';
/**
 * Since migration 17: raw deflate (compress-algo 1, OpenPGP's ZIP) instead of zlib's (2), which wraps
 * the same stream in a 2-byte header and a 4-byte Adler-32 that the message's own framing makes
 * redundant: 6 bytes a text. `pgp_sym_decrypt` reads either, so texts packed before stay as they are.
 */
export const PACK_OPTIONS_RAW = 'compress-algo=1, compress-level=9, s2k-mode=0, disable-mdc=1, cipher-algo=aes128';

/** The schema pgcrypto's functions live in, after trying to install it; null where the server cannot. */
export async function pgcryptoSchema(client: pg.ClientBase): Promise<string | null> {
  await client.query('SAVEPOINT wiretrace_pgcrypto');
  try {
    // a trusted extension since PostgreSQL 13: a user who may create in the database may install it
    await client.query('CREATE EXTENSION IF NOT EXISTS pgcrypto SCHEMA public');
    await client.query('RELEASE SAVEPOINT wiretrace_pgcrypto');
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT wiretrace_pgcrypto');
    await client.query('RELEASE SAVEPOINT wiretrace_pgcrypto');
  }
  const r = await client.query<{ schema: string }>(
    `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pgcrypto'`,
  );
  return r.rows[0]?.schema ?? null;
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * The SQL of migration 14 in `schema`: the packed column, `wiretrace_text`, and with pgcrypto (in
 * `crypto`) `wiretrace_pack` and the trigger that packs every text written, so that any writer's rows
 * (the store's, a migration's, a test's) take the same form.
 */
export function packedTextSql(schema: string, crypto: string | null): string {
  const s = ident(schema);
  const common = `
    ALTER TABLE ${s}.articles ADD COLUMN packed BYTEA, ALTER COLUMN text DROP NOT NULL;
    ALTER TABLE ${s}.articles ADD CONSTRAINT articles_one_text CHECK ((text IS NULL) <> (packed IS NULL));
    -- packed values are compressed already: MAIN keeps TOAST from trying again, and keeps them in the row
    ALTER TABLE ${s}.articles ALTER COLUMN packed SET STORAGE MAIN;`;
  if (!crypto) {
    return `${common}
    CREATE FUNCTION ${s}.wiretrace_text(plain TEXT, packed BYTEA) RETURNS TEXT
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT plain $$;`;
  }
  const c = ident(crypto);
  return `${common}
    CREATE FUNCTION ${s}.wiretrace_text(plain TEXT, packed BYTEA) RETURNS TEXT
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(plain, ${c}.pgp_sym_decrypt(packed, '${PACK_KEY}')) $$;
    ${packFunctionSql(schema, crypto, PACK_OPTIONS)}
    CREATE FUNCTION ${s}.wiretrace_pack_article() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE p BYTEA;
      BEGIN
        IF NEW.text IS NOT NULL THEN
          p := ${s}.wiretrace_pack(NEW.text);
          IF p IS NOT NULL THEN
            NEW.packed := p;
            NEW.text := NULL;
          ELSE
            NEW.packed := NULL;
          END IF;
        END IF;
        RETURN NEW;
      END $$;
    CREATE TRIGGER articles_pack BEFORE INSERT OR UPDATE OF text ON ${s}.articles
      FOR EACH ROW EXECUTE FUNCTION ${s}.wiretrace_pack_article();`;
}

/**
 * `wiretrace_pack` in `schema` with pgcrypto in `crypto`, packing with these options: the packed
 * message where it is smaller than the text, else null (the text stays plain).
 */
export function packFunctionSql(schema: string, crypto: string, options: string): string {
  return `CREATE OR REPLACE FUNCTION ${ident(schema)}.wiretrace_pack(plain TEXT) RETURNS BYTEA
      LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
        SELECT p FROM (SELECT ${ident(crypto)}.pgp_sym_encrypt(plain, '${PACK_KEY}', '${options}')) AS m(p) WHERE octet_length(p) < octet_length(plain) $$;`;
}

/** The schema of the pgcrypto that migration 14 packs with in `schema` (null where it made no packing function). */
export async function packingCrypto(client: pg.ClientBase, schema: string): Promise<string | null> {
  const r = await client.query(
    `SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = $1 AND p.proname = 'wiretrace_pack'`,
    [schema],
  );
  return r.rowCount ? pgcryptoSchema(client) : null;
}

/**
 * Shared one-letter-class regexes, compiled once. A regex literal with a Unicode property escape outside a
 * character class (`/^\p{Lu}/u`) is rewritten by esbuild (tsx, which the bench, the evals and the CLI in
 * development run under) into `new RegExp(...)`, which then compiles a fresh regex every time the enclosing
 * function runs; a module-level constant is compiled once. None has the `g` or `y` flag, so sharing them
 * keeps no state between calls (`test` and `exec` neither read nor write `lastIndex`).
 */
/** Starts with an uppercase letter. */
export const STARTS_UPPER = /^\p{Lu}/u;
/** Starts with a lowercase letter. */
export const STARTS_LOWER = /^\p{Ll}/u;
/** Starts with a letter. */
export const STARTS_LETTER = /^\p{L}/u;
/** Contains an uppercase letter. */
export const HAS_UPPER = /\p{Lu}/u;
/** Contains a lowercase letter. */
export const HAS_LOWER = /\p{Ll}/u;
/** Contains a letter. */
export const HAS_LETTER = /\p{L}/u;
/** Contains a number character. */
export const HAS_NUMBER = /\p{N}/u;

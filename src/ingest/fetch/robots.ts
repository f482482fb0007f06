/**
 * robots.txt (RFC 9309): parse into user-agent groups, pick the groups for our product token (or
 * `*`), and decide a path by the longest matching rule, Allow winning a tie. `*` and `$` work as
 * the RFC describes. Fetching and caching live in fetcher.ts; this module is pure.
 */

export interface RobotsRule {
  readonly allow: boolean;
  readonly pattern: string;
}

export interface RobotsGroup {
  readonly agents: readonly string[];
  readonly rules: readonly RobotsRule[];
  readonly crawlDelaySec: number | null;
}

export interface RobotsPolicy {
  readonly rules: readonly RobotsRule[];
  readonly crawlDelaySec: number | null;
}

export const ALLOW_ALL: RobotsPolicy = { rules: [], crawlDelaySec: null };
export const DISALLOW_ALL: RobotsPolicy = { rules: [{ allow: false, pattern: '/' }], crawlDelaySec: null };

/** RFC 9309 lets crawlers stop parsing after 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

export function parseRobots(text: string): RobotsGroup[] {
  const groups: { agents: string[]; rules: RobotsRule[]; crawlDelaySec: number | null }[] = [];
  let current: (typeof groups)[number] | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      // Consecutive user-agent lines open one shared group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelaySec: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue; // rules before any user-agent line belong to nobody
    if (key === 'allow' || key === 'disallow') {
      if (value === '') continue; // an empty Disallow allows everything: no rule needed
      current.rules.push({ allow: key === 'allow', pattern: encodePattern(value) });
    } else if (key === 'crawl-delay') {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) current.crawlDelaySec = n;
    }
  }
  return groups;
}

/** Merges every group that names our product token; falls back to the `*` groups. */
export function policyFor(groups: readonly RobotsGroup[], productToken: string): RobotsPolicy {
  const token = productToken.toLowerCase();
  const named = groups.filter((g) => g.agents.some((a) => agentToken(a) === token));
  const chosen = named.length > 0 ? named : groups.filter((g) => g.agents.includes('*'));
  if (chosen.length === 0) return ALLOW_ALL;
  const delays = chosen.map((g) => g.crawlDelaySec).filter((d): d is number => d !== null);
  return { rules: chosen.flatMap((g) => g.rules), crawlDelaySec: delays.length ? Math.max(...delays) : null };
}

/** "Wiretrace/0.1 (+https://…)" in a robots file names the product token "wiretrace". */
function agentToken(agent: string): string {
  return agent.split(/[/\s]/, 1)[0]!.toLowerCase();
}

/** Longest match wins; on equal length Allow wins; no match allows. /robots.txt itself is always allowed. */
export function isAllowed(policy: RobotsPolicy, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of policy.rules) {
    if (!matches(rule.pattern, pathAndQuery)) continue;
    if (!best || rule.pattern.length > best.pattern.length || (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)) {
      best = rule;
    }
  }
  return best ? best.allow : true;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  if (!body.includes('*')) return anchored ? path === body : path.startsWith(body);
  // Greedy-free wildcard match by pieces: each piece must appear in order.
  const pieces = body.split('*');
  if (!path.startsWith(pieces[0]!)) return false;
  let pos = pieces[0]!.length;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i === pieces.length - 1 && anchored) {
      return path.length - piece.length >= pos && path.endsWith(piece);
    }
    const at = path.indexOf(piece, pos);
    if (at < 0) return false;
    pos = at + piece.length;
  }
  return true;
}

/** Patterns compare against the URL's percent-encoded path, so encode what a URL would encode. */
function encodePattern(value: string): string {
  return value.replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
}

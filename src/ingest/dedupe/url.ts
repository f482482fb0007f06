/**
 * Canonical URL for exact deduplication: the same article reached through a share link, a feed
 * (utm_* tags), an ad click (gclid) or with a #fragment maps to one key.
 */

/** Query parameters that only track where a click came from; they never select content. */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'ocid', 'cmpid', 'smid', 'smtyp', 'ito', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname',
  'ns_fee', 'sr_share', 'ref_src', 'ref_url',
]);
/** Parameter name prefixes used only for campaign tracking. */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_'];

const UNRESERVED = /%(2[DE]|3\d|[46][1-9A-F]|[57][0-9A]|5F|7E)/gi;

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_PARAMS.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * Canonical form: lower-case scheme and host (the URL parser does both), no default port, no
 * trailing dot on the host, no fragment, tracking parameters removed, the rest sorted by name,
 * percent-escapes of unreserved characters decoded and the others upper-cased, duplicate slashes
 * collapsed, and no trailing slash except on the root (news CMSs serve /a/b and /a/b/ alike).
 * Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);

  const kept = [...url.searchParams.entries()].filter(([k]) => !isTracking(k));
  kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)); // stable: repeated names keep their order
  const query = kept.map(([k, v]) => `${encodeQueryPart(k)}=${encodeQueryPart(v)}`.replace(/=$/, '')).join('&');

  let path = normaliseEscapes(url.pathname).replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);

  return `${url.protocol}//${url.host}${path}${query ? `?${query}` : ''}`;
}

function normaliseEscapes(s: string): string {
  return s.replace(UNRESERVED, (m) => String.fromCharCode(parseInt(m.slice(1), 16))).replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

function encodeQueryPart(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

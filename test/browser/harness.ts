/**
 * What the browser tests share: Debian's Chromium (skipped loudly when missing, a failure under
 * CI=true), a page that records script errors and CSP violations, screenshots on request, and an
 * accessibility check (axe) that fails on serious or critical violations.
 *
 * WIRETRACE_CHROMIUM overrides the browser path; WIRETRACE_SCREENSHOTS=DIR saves screenshots there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const CHROMIUM = process.env.WIRETRACE_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SHOTS = process.env.WIRETRACE_SCREENSHOTS || '';
export const TIMEOUT = 30_000;

export const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser) {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium; .ci/run does this) or set WIRETRACE_CHROMIUM. Under CI=true this is a failure.\n`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: TIMEOUT });
}

/** A fresh page that records script errors and CSP violations, which fail the test that caused them. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[]; csp: string }> {
  // a context of its own: axe finishes its run in a blank page of the same context
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // closing the page closes its context; the browser may already be going away at the end of a file
  page.on('close', () => {
    context.close().catch(() => undefined);
  });
  page.setDefaultTimeout(TIMEOUT);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  const res = await page.goto(url);
  return { page, problems, csp: res?.headers()['content-security-policy'] ?? '' };
}

export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `wiretrace-${name}.png`), fullPage });
}

/** Fails on any serious or critical axe violation on the page as it is now. */
export async function assertAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
    [],
    `${what}: accessibility violations`,
  );
}

export function browserTest(name: string, fn: () => Promise<void>): void {
  test(name, { skip: !haveBrowser && process.env.CI !== 'true' ? `no Chromium at ${CHROMIUM}` : false }, async () => {
    if (!haveBrowser) assert.fail(`CI=true and no Chromium at ${CHROMIUM}: browser tests cannot run`);
    await fn();
  });
}

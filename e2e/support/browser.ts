import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { type BrowserContext, chromium, type Page, selectors } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet, deterministic headless Chromium: no GPU, no QUIC, no background fetches or updates during a test. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// The apps mark list rows meant for tests with data-test="…" (e.g. the demo picker's demo-member rows).
selectors.setTestIdAttribute('data-test');

export const SIDEBAR_VIEWPORT = { width: 375, height: 667 } as const;
export const ADMIN_VIEWPORT = { width: 1440, height: 900 } as const;

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions and unhandled rejections in the page, as "message" strings. */
  pageErrors: string[];
  /** Closes Chromium and deletes its profile. */
  close(): Promise<void>;
}

/**
 * A fresh Chromium profile per call (persistent context on a new temporary folder), so no cookie,
 * storage or cache leaks between tests.
 */
export async function openBrowser(viewport: { width: number; height: number }): Promise<TestBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'vl-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
  } catch (error) {
    rmSync(profileDir, { recursive: true, force: true });
    throw new Error(`Could not launch Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH to override): ${String(error)}`);
  }
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser for one test, closed when the test ends (pass or fail). */
export async function browserForTest(t: TestContext, viewport: { width: number; height: number }): Promise<TestBrowser> {
  const browser = await openBrowser(viewport);
  t.after(() => browser.close());
  return browser;
}

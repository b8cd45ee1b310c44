import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

export const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface LighthouseRun {
  /** Performance category score, 0–100. */
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  finalUrl: string;
  /** The page's visible text after the run (to check the intended screen was measured). */
  bodyText: string;
}

export interface LighthouseOptions {
  url: string;
  /** sessionStorage entries set before any script of each new document runs (e.g. the demo pick). */
  sessionStorage?: Record<string, string>;
}

/**
 * Lighthouse (default mobile config: Moto G–class emulation, simulated slow 4G and 4× CPU slowdown), performance
 * only, on a headless Chromium (CHROME_PATH, default /usr/bin/chromium) driven through puppeteer so the page can
 * be given its sessionStorage before the navigation Lighthouse measures.
 */
export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
    try {
      const page = await browser.newPage();
      if (options.sessionStorage) {
        // A script string: this package compiles without the DOM library.
        await page.evaluateOnNewDocument(`for (const [k, v] of Object.entries(${JSON.stringify(options.sessionStorage)})) sessionStorage.setItem(k, v);`);
      }
      const result = await lighthouse(options.url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' }, undefined, page);
      if (!result) throw new Error('lighthouse returned no result');
      const lhr = result.lhr;
      const metric = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
      const bodyText = String(await page.evaluate('document.body.innerText'));
      return {
        score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        finalUrl: lhr.finalDisplayedUrl,
        bodyText,
      };
    } finally {
      await browser.disconnect();
    }
  } finally {
    chrome.kill();
  }
}

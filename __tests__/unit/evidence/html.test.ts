// The HTML report of `explore --format html`, checked in headless Chromium (Debian's package): visible content,
// filtering, a screenshot, no network, and hostile values rendered as inert text.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { loadExplore } from '../../../src/core/evidence/explore.js';
import { exploreHtml } from '../../../src/core/evidence/html.js';
import { demoEvents, manyEvents } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`SKIPPED: HTML report browser test — ${CHROMIUM} not installed (apt-get install -y chromium)`);

async function report(events = demoEvents(), verify = true): Promise<string> {
  const m = await loadExplore(buildBundle(events).archive, { verify });
  return exploreHtml(m, { bundlePath: 'evidence/run.tar.gz', toolVersion: '0.1.0' });
}

describe('HTML report (static)', () => {
  it('is self-contained: no external references, a strict CSP, the inline script allowed by hash only', async () => {
    const html = await report();
    expect(html).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(html).not.toMatch(/https?:\/\/(?!docs)/);
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/);
    expect(html).toContain('sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf');
  });

  it('escapes and sanitizes archive-controlled values', async () => {
    const evil = demoEvents().map((e, i) => (i === 1 ? { ...e, subject: '<script>alert(1)</script>\u001b[31mred\u202e', data: { x: '</pre><img src=x onerror=alert(1)>' } } : e));
    const html = await report(evil);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;red');
    expect(html).not.toMatch(/[\u001b\u202e]/);
  });
});

/** A fresh profile per launch (the brief's flags; playwright takes the user data dir as a parameter). */
async function launch(dir: string) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  it('shows the header, badge, types and events; the filter works; screenshot is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const events = manyEvents(40).map((e, i) => (i === 7 ? { ...e, type: 'assay.net.connect', subject: '203.0.113.9:443' } : e));
    const file = join(dir, 'report.html');
    writeFileSync(file, await report(events));
    const browser = await launch(dir);
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      await page.goto(pathToFileURL(file).href);
      await expect(page.locator('h1').innerText()).resolves.toContain('Assay evidence report');
      expect(await page.locator('.badge.ok').isVisible()).toBe(true);
      expect(await page.locator('.badge.ok').innerText()).toBe('Verified');
      expect(await page.locator('dl.meta').innerText()).toContain('run_many');
      expect(await page.locator('#types').innerText()).toContain('assay.fs.access');
      expect(await page.locator('tr.event').count()).toBe(40);
      expect(await page.locator('tr.event', { hasText: '/srv/app/file-3.json' }).isVisible()).toBe(true);
      // Filtering (the one inline script, allowed by its CSP hash).
      await page.fill('#filter', 'net.connect');
      expect(await page.locator('tr.event:visible').count()).toBe(1);
      expect(await page.locator('#shown').innerText()).toBe('1');
      await page.fill('#filter', '');
      expect(await page.locator('tr.event:visible').count()).toBe(40);
      // Expanding an event shows its JSON.
      await page.locator('tr.event').nth(3).locator('summary').click();
      expect(await page.locator('tr.event').nth(3).locator('pre').innerText()).toContain('"assayseq": 3');
      const shot = join(dir, 'report.png');
      await page.screenshot({ path: shot, fullPage: false });
      if (process.env.ASSAY_KEEP_SCREENSHOT) writeFileSync(process.env.ASSAY_KEEP_SCREENSHOT, readFileSync(shot));
      expect(statSync(shot).size).toBeGreaterThan(10_000);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);

  it('an unverified report says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const file = join(dir, 'r.html');
    writeFileSync(file, await report(demoEvents(), false));
    const browser = await launch(dir);
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      expect(await page.locator('.badge.bad').innerText()).toBe('UNVERIFIED');
    } finally {
      await browser.close();
    }
  }, 60_000);
});

// Opens each page in the distribution's headless Chromium (never a browser Playwright downloads), in the light and
// the dark colour scheme, fails on any request that leaves the file, any console error (such as a
// Content-Security-Policy violation) and any axe-core violation of WCAG 2.0, 2.1 and 2.2 A and AA, and keeps a
// full-page screenshot of each.
//
// node check.mjs OUT_DIR NAME=FILE.html...
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [outDir, ...pages] = process.argv.slice(2);
if (!outDir || pages.length === 0) {
  console.error('usage: node check.mjs OUT_DIR NAME=FILE.html...');
  process.exit(64);
}
mkdirSync(outDir, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'ics-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  // axe-core is injected as a script, which the page's own policy (no script at all) would refuse.
  bypassCSP: true,
  viewport: { width: 1100, height: 900 },
});
let failures = 0;
try {
  for (const spec of pages) {
    const [name, file] = spec.split('=');
    const url = pathToFileURL(resolve(file)).href;
    for (const scheme of ['light', 'dark']) {
      const page = await context.newPage();
      const problems = [];
      await page.route('**/*', (route) => (route.request().url() === url ? route.continue()
        : (problems.push(`request for ${route.request().url()}`), route.abort())));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: axeSource });
      const results = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      }));
      for (const violation of results.violations) {
        problems.push(`axe ${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes.length}`
          + ` element(s), first: ${violation.nodes[0].target.join(' ')}: ${violation.nodes[0].failureSummary}`);
      }
      const screenshot = join(outDir, `${name}-${scheme}.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      console.log(`${name} (${scheme}): ${problems.length === 0 ? 'no violations' : `${problems.length} problem(s)`};`
        + ` screenshot ${screenshot}`);
      problems.forEach((problem) => console.log(`  ${problem}`));
      failures += problems.length;
      await page.close();
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures === 0 ? 0 : 1);

// The screenshot of docs/images/report.png: two views of one report page side by side, its findings and an
// inequality indicator with its charts, each the page itself scrolled to that part (the page is too long for one
// readable image). Same browser and flags as check.mjs.
//
// node screenshot.mjs PAGE.html FINDINGS_ANCHOR INDICATOR_ANCHOR OUT.png
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [file, findings, indicator, out] = process.argv.slice(2);
if (!out) {
  console.error('usage: node screenshot.mjs PAGE.html FINDINGS_ANCHOR INDICATOR_ANCHOR OUT.png');
  process.exit(64);
}
const url = pathToFileURL(resolve(file)).href;
const profile = mkdtempSync(join(tmpdir(), 'ics-chromium-'));
const frame = join(profile, 'views.html');
writeFileSync(frame, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Views</title>
<style>body{margin:0;display:flex;gap:8px;background:#6b6b6b}iframe{border:0;width:820px;height:1150px;background:#fff}</style>
</head><body><iframe title="Findings" src="${url}#${findings}"></iframe><iframe title="Indicator"
src="${url}#${indicator}"></iframe></body></html>`);
const context = await chromium.launchPersistentContext(join(profile, 'chromium'), {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--allow-file-access-from-files'],
  viewport: { width: 1648, height: 1150 },
});
try {
  const page = await context.newPage();
  await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  await page.goto(pathToFileURL(frame).href, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`screenshot ${out}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

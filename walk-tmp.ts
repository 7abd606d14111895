import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3700';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const pages = process.argv.slice(2);
for (const spec of pages) {
  const [path, width, name] = spec.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(width), height: Number(width) < 500 ? 844 : 900 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/tmp/walk/shots/${name}.png` });
  await ctx.close();
}
await browser.close();

// Milliseconds from navigation to the first chart drawn (with the HTML's arrival and DOMContentLoaded for scale), for a page opened at its charts (so they are in view), in
// headless Chromium through puppeteer-core (Lighthouse's own dependency). Usage: node charts-drawn.mjs URL [runs]
import { createRequire } from 'node:module';
const require = createRequire(process.env.LIGHTHOUSE_DIR + '/package.json');
const puppeteer = require('puppeteer-core');

const [url, runs = '5'] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox'],
});
const times = [];
for (let i = 0; i < Number(runs); i++) {
  const context = await browser.createBrowserContext();  // a cold cache each time
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${url}#charts-heading`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.querySelector('button[data-png-for]:not([disabled])') !== null, { polling: 'raf' });
  times.push(await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return [Math.round(performance.now()), Math.round(nav.responseEnd), Math.round(nav.domContentLoadedEventEnd)];
  }));
  await context.close();
}
await browser.close();
const median = (i) => times.map((t) => t[i]).sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(JSON.stringify({ url, drawn: median(0), html: median(1), domContentLoaded: median(2), runs: times.map((t) => t[0]) }));

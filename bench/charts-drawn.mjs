// Milliseconds from navigation to the first chart drawn, for a page opened at its charts (so they are in view), in
// headless Chromium through puppeteer-core (Lighthouse's own dependency), each load with a cold cache.
//   node charts-drawn.mjs URL [runs]
// "drawn" is taken in the page: the animation frame after the first chart's PNG button is enabled, which the page
// does right after Chart.js has drawn that chart (at once, without animation), so the frame is the one that paints it.
// "seen" is when this tool, polling the page, first saw the button enabled; it was the measure until 2026-12-08, and
// runs later than "drawn" by the tool's own round trips, which wait while the page draws its other charts (50–350 ms
// on the dashboard, about 40 ms on the floor page, which draws one chart). The HTML's arrival and DOMContentLoaded
// are given for scale.
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
  await page.evaluateOnNewDocument(() => {
    new MutationObserver((records, observer) => {
      if (!records.some((record) => record.target.matches?.('button[data-png-for]') && !record.target.disabled)) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.firstChartDrawn = performance.now(); });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
  });
  await page.goto(`${url}#charts-heading`, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => document.querySelector('button[data-png-for]:not([disabled])') !== null, { polling: 'raf' });
  const seen = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => window.firstChartDrawn !== undefined);
  times.push(await page.evaluate((seen) => {
    const nav = performance.getEntriesByType('navigation')[0];
    return [window.firstChartDrawn, seen, nav.responseEnd, nav.domContentLoadedEventEnd].map(Math.round);
  }, seen));
  await context.close();
}
await browser.close();
const median = (i) => times.map((t) => t[i]).sort((a, b) => a - b)[Math.floor(times.length / 2)];
console.log(JSON.stringify({
  url,
  drawn: median(0),
  under500: `${times.filter((t) => t[0] < 500).length}/${times.length}`,
  seen: median(1),
  html: median(2),
  domContentLoaded: median(3),
  runs: times.map((t) => t[0]),
}));

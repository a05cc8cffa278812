// One row of medians from several Lighthouse JSON reports: scores, FCP, LCP, TBT, DOM size and bytes on the wire.
// Usage: node lighthouse-median.mjs PAGE PRESET report.json...
import { readFileSync } from 'node:fs';

const [page, preset, ...files] = process.argv.slice(2);
// A run that failed (no report, or a report with a runtime error and no scores) is left out, and the row says so.
const read = (f) => { try { return JSON.parse(readFileSync(f, 'utf8')); } catch { return null; } };
const runs = files.map(read).filter((r) => r && !r.runtimeError && r.categories && r.audits
  && Object.values(r.categories).every((c) => typeof c?.score === 'number'));
if (runs.length === 0) {
  console.log(`${page.padEnd(14)} ${preset.padEnd(8)} no run of ${files.length} finished`);
  process.exit(0);
}
// With an even number of runs left, the upper of the two middle values.
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const score = (k) => String(Math.round(100 * median(runs.map((r) => r.categories[k].score)))).padStart(5);
const audit = (k, unit = '', scale = 1) => (Math.round(median(runs.map((r) => r.audits[k].numericValue)) / scale) + unit).padStart(9);
console.log([page.padEnd(14), preset.padEnd(8), ...['performance', 'accessibility', 'best-practices', 'seo'].map(score),
  audit('first-contentful-paint', ' ms'), audit('largest-contentful-paint', ' ms'), audit('total-blocking-time', ' ms'),
  audit('dom-size'), audit('total-byte-weight', ' KB', 1024), runs.length < files.length ? `(${runs.length} of ${files.length} runs)` : ''].join(' ').trimEnd());

// Draws every dashboard chart from its JSON island (<script type="application/json" id="chart-{id}">).
// The page carries data only, so the Content-Security-Policy can forbid inline script. Island format:
// { id, type: "bar"|"line", title, summary, locale, dir: "ltr"|"rtl", notReported, sourceLine, spanGaps,
//   labels: [...], dates?: ["yyyy-MM-dd", one per label],
//   datasets: [{ key, label, data: [number|null], text: [string|null], kinds: ["value"|"partial"|"alternative"|"pace"|null] }],
//   annotations?: [dated events, drawn by annotations.js] }
// With dates, a line chart has a time axis: points are spaced by the days between them, not evenly.
// A null is drawn as nothing (a gap in a line, a marked empty slot in a bar chart), never as 0.

// The modules this script uses are fingerprinted, like every asset, so that browsers keep them for a year: their
// addresses change with their content, and come from the page's preloads (_ChartModulePreloads), not a fixed import.
// A page without the preloads still gets its charts, from the unfingerprinted address.
const moduleNamed = (name) => import(document.querySelector(`link[rel="modulepreload"][data-module="${name}"]`)?.href ?? `./${name}.js`);
const [{ annotationMarkers }, { COLOURS, DASHES, POINTS, ALTERNATIVE, reduceMotion, plainFill, barFill, wrap, whiteBackground, notReportedMarks }] =
  await Promise.all([moduleNamed('annotations'), moduleNamed('chart-style')]);

// Chart.js itself is fetched when the first chart comes near the screen, and not before the page's load event, which
// so never waits on it (nor longer than STALLED_AFTER: an image that never arrives must not keep the charts away). Its
// address waits in an inert template: a reader who stays at the top never downloads or runs it. Chart text is in the
// page's own typeface, not Chart.js's Helvetica.
const STALLED_AFTER = 30000;
const pageReady = document.readyState === 'complete'
  ? Promise.resolve()
  : Promise.race([
    new Promise((resolve) => { window.addEventListener('load', resolve, { once: true }); }),
    new Promise((resolve) => { setTimeout(resolve, STALLED_AFTER); }),
  ]);
// A download that fails (a dropped connection) is kept as failed until the charts waiting for it try again together
// (retryLater below), so each round asks for Chart.js once. One that neither arrives nor fails within STALLED_AFTER (a
// stalled connection) counts as failed too, and is left to finish: if it arrives later, it serves the round then
// waiting; the next round also asks again, at an address of its own (the browser would otherwise wait on the stalled
// download), and whichever arrives first is used. At most MAX_LATE are left hanging: each holds one of the browser's
// few connections to the site (six over HTTP/1.1), which every page and download of the site then waits for; after
// that a round only waits for them. A copy that arrives after the first would replace window.Chart, which the
// charts' plugins read, with a second Chart.js of its own defaults: the first is put back. One that arrives between
// rounds draws the charts waiting for the next at once.
class ChartLibraryUnavailable extends Error {}
const MAX_LATE = 2;
let library;
let chartJs = null;
let stalls = 0;
const late = new Set();
function chartLibrary() {
  library ??= pageReady.then(() => new Promise((resolve, reject) => {
    if (window.Chart) { resolve(window.Chart); return; }
    let stalled = null;
    const arrived = () => {
      if (!window.Chart) return;
      settle();
      resolve(window.Chart);
    };
    const settle = () => {
      clearTimeout(stalled);
      for (const earlier of late) earlier.removeEventListener('load', arrived);
    };
    for (const earlier of late) earlier.addEventListener('load', arrived);
    const script = late.size < MAX_LATE ? document.createElement('script') : null;
    const address = document.getElementById('chart-library').content.querySelector('script').getAttribute('src');
    const from = !script ? [...late].at(-1).src : stalls ? `${address}${address.includes('?') ? '&' : '?'}stalled=${stalls}` : address;
    stalled = setTimeout(() => {
      settle();
      if (script) {
        stalls += 1;
        late.add(script);
      }
      reject(new ChartLibraryUnavailable(`Chart.js has not arrived after ${STALLED_AFTER / 1000} s from ${from}`));
    }, STALLED_AFTER);
    if (!script) return;
    script.src = from;
    const unavailable = (what) => { settle(); script.remove(); reject(new ChartLibraryUnavailable(`Chart.js ${what} ${script.src}`)); };
    script.addEventListener('load', () => {
      const wasLate = late.delete(script);
      if (chartJs) window.Chart = chartJs;
      if (window.Chart) arrived(); else unavailable('did not start from');
      if (wasLate && window.Chart && failed.size) retryNow();
    });
    script.addEventListener('error', () => {
      late.delete(script);
      unavailable('could not be loaded from');
    });
    document.head.append(script);
    // The page's first number format costs tens of milliseconds (the browser loads its locale data): it is made while
    // Chart.js is on its way, not after.
    setTimeout(() => { for (const locale of locales) numberFormat(locale); });
  })).then((Chart) => {
    if (chartJs) return chartJs;
    chartJs = Chart;
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.color = '#343a40';
    return Chart;
  });
  return library;
}

function datasetsFor(island) {
  return island.datasets.map((set, d) => {
    const colour = COLOURS[d % COLOURS.length];
    if (island.type === 'line') {
      return {
        label: set.label,
        data: island.dates ? set.data.map((y, i) => ({ x: Date.parse(island.dates[i]), y })) : set.data,
        borderColor: colour,
        backgroundColor: colour,
        borderDash: DASHES[d % DASHES.length],
        pointStyle: POINTS[d % POINTS.length],
        pointRadius: 4,
        pointHoverRadius: 6,
        borderWidth: 2,
        spanGaps: island.spanGaps,
      };
    }
    return {
      label: set.label,
      data: set.data,
      backgroundColor: set.kinds.map(kind => barFill(kind, colour, d)),
      borderColor: set.kinds.map(kind => (kind === 'alternative' ? ALTERNATIVE : colour)),
      borderWidth: set.kinds.map(kind => (kind && kind !== 'value' ? 2 : 0)),
      // An empty slot stays in place, marked "not reported", rather than closing up.
      skipNull: false,
    };
  });
}

// A linear axis in milliseconds (no date adapter needed). Over two years or more it is marked at each 1 January
// and labelled with the year; over a shorter span, with month and year.
function timeScale(island, rtl) {
  const times = island.dates.map(d => Date.parse(d));
  const first = new Date(Math.min(...times)).getUTCFullYear();
  const last = new Date(Math.max(...times)).getUTCFullYear();
  if (last - first >= 2) {
    const years = [];
    for (let year = first; year <= last + 1; year++) years.push(Date.UTC(year, 0, 1));
    const format = new Intl.DateTimeFormat(island.locale, { year: 'numeric', timeZone: 'UTC' });
    return {
      type: 'linear',
      reverse: rtl,
      min: years[0],
      max: years[years.length - 1],
      afterBuildTicks: axis => { axis.ticks = years.map(value => ({ value })); },
      ticks: { callback: value => format.format(new Date(value)), maxRotation: 0 },
    };
  }
  const format = new Intl.DateTimeFormat(island.locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return { type: 'linear', reverse: rtl, ticks: { callback: value => format.format(new Date(value)), maxTicksLimit: 8, maxRotation: 0 } };
}

// About how many characters of the axis font fit in one category's slot (7 px a character at 12 px), 18 at most.
function charsPerLine(scale) {
  const slot = scale.width / Math.max(1, scale.ticks.length);
  return Math.max(6, Math.min(18, Math.floor(slot / 7)));
}

const ANIMATION = reduceMotion ? false : { duration: 300 };

const numberFormats = new Map();
function numberFormat(locale) {
  if (!numberFormats.has(locale)) numberFormats.set(locale, new Intl.NumberFormat(locale));
  return numberFormats.get(locale);
}

function configFor(island) {
  const rtl = island.dir === 'rtl';
  const numbers = numberFormat(island.locale);
  const textDirection = rtl ? 'rtl' : 'ltr';
  const timeAxis = island.type === 'line' && Array.isArray(island.dates);
  const x = timeAxis ? timeScale(island, rtl) : {
    reverse: rtl,
    ticks: {
      autoSkip: island.type === 'line',
      maxRotation: 0,
      // Chart.js does not wrap: each label breaks into lines as narrow as its own slot, so that neighbours never run
      // into each other on a narrow chart (six categories side by side).
      callback(value, index) { return wrap(island.labels[index], charsPerLine(this)); },
    },
  };
  return {
    type: island.type,
    data: {
      labels: timeAxis ? undefined : island.labels,
      datasets: datasetsFor(island),
    },
    options: {
      locale: island.locale,
      responsive: true,
      maintainAspectRatio: false,
      // Drawn at once, numbers readable in the first frame; a later change (a series hidden from the key) moves,
      // unless the reader asks for less motion (ANIMATION, set once the chart is drawn).
      animation: false,
      // Room for the outermost year label of a time axis, which is centred on the chart's edge.
      layout: { padding: { left: 12, right: 12 } },
      interaction: { mode: 'nearest', intersect: island.type === 'bar' },
      scales: {
        x,
        y: {
          beginAtZero: true,
          position: rtl ? 'right' : 'left',
          ticks: { callback: value => numbers.format(value) },
        },
      },
      plugins: {
        legend: {
          display: island.datasets.length > 1,
          rtl,
          textDirection,
          labels: {
            usePointStyle: island.type === 'line',
            // The key shows each series' own colour and texture, not the pattern of whichever bar happens to come first.
            generateLabels: chart => window.Chart.defaults.plugins.legend.labels.generateLabels(chart).map(item =>
              island.type === 'bar'
                ? { ...item, fillStyle: plainFill(COLOURS[item.datasetIndex % COLOURS.length], item.datasetIndex), strokeStyle: '#343a40', lineWidth: 1 }
                : item),
          },
        },
        tooltip: {
          rtl,
          textDirection,
          callbacks: {
            title: items => (items.length ? island.labels[items[0].dataIndex] : ''),
            label: item => `${island.datasets[item.datasetIndex].label}: ${island.datasets[item.datasetIndex].text[item.dataIndex] ?? ''}`,
          },
        },
        title: { display: false, text: island.title, textDirection },
        subtitle: { display: false, text: island.sourceLine, position: 'bottom', textDirection },
        notReportedMarks: { text: island.notReported, rtl },
        annotationMarkers: { items: island.annotations || [], locale: island.locale, rtl },
      },
    },
    plugins: [whiteBackground, notReportedMarks, annotationMarkers],
  };
}

// The picture names what it shows and where the numbers came from, so it can travel alone into a briefing.
function downloadPng(chart, island) {
  // A change still moving (a series just hidden from the key) would leave update('none') undrawn until its next frame,
  // and the picture without its title: it is finished first.
  chart.stop();
  const { title, subtitle } = chart.options.plugins;
  title.display = true;
  title.text = wrap(island.title, 80);
  title.font = { size: 15, weight: 'bold' };
  subtitle.display = true;
  subtitle.text = wrap(island.sourceLine, 120);
  subtitle.color = '#333333';
  chart.update('none');
  const url = chart.toBase64Image('image/png', 1);
  title.display = false;
  subtitle.display = false;
  chart.update('none');

  const link = document.createElement('a');
  link.href = url;
  link.download = `centcomtracker-${island.id}.png`;
  document.body.append(link);
  link.click();
  link.remove();
}

const charts = [];
const pending = new Map();
const locales = new Set();
const inFlight = new Set();

// Charts are drawn one per task, in turn: the browser paints each and answers input before the next.
let drawing = Promise.resolve();
function draw(canvas) {
  const create = pending.get(canvas);
  if (!create) return;
  pending.delete(canvas);
  inFlight.add(canvas);
  if (observer) observer.unobserve(canvas);
  // A chart that fails leaves its table, and the charts after it are still drawn. One that failed because Chart.js
  // could not be had is tried again later; any other failure would only happen again, so it is said once.
  drawing = drawing.then(create).then(() => { retryAfter = 1000; }, (error) => {
    console.error(error);
    if (error instanceof ChartLibraryUnavailable) retryLater(canvas, create);
  }).then(() => {
    inFlight.delete(canvas);
    return new Promise((resolve) => { setTimeout(resolve); });
  });
}

// Charts left undrawn because Chart.js could not be had are tried again together, when they are next near the screen,
// after a pause that doubles with each round that fails (1 s, 2 s… up to a minute): a reader whose connection
// dropped gets them back, and the page asks for Chart.js once a round, not once a chart.
const failed = new Map();
let retryAfter = 1000;
let retrying = null;
function retryLater(canvas, create) {
  failed.set(canvas, create);
  retrying ??= setTimeout(retryNow, retryAfter);
}

function retryNow() {
  retryAfter = Math.min(retryAfter * 2, 60000);
  for (const again of requeueFailed()) {
    if (observer) observer.observe(again); else draw(again);
  }
}

// Puts the charts that failed back in the queue, and forgets the failed download so that the next chart asks afresh.
function requeueFailed() {
  const again = [...failed.keys()];
  if (!again.length) return again;
  clearTimeout(retrying);
  retrying = null;
  library = undefined;
  for (const [canvas, create] of failed) pending.set(canvas, create);
  failed.clear();
  return again;
}

// A chart is drawn when it comes near the screen (or before printing), not before: the first screen is not held up
// by charts below the fold, and a phone that never scrolls to them never spends its processor on them.
const observer = 'IntersectionObserver' in window
  ? new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) draw(entry.target);
  }, { rootMargin: '400px 0px' })
  : null;

for (const canvas of document.querySelectorAll('canvas[data-chart]')) {
  const source = document.getElementById(`chart-${canvas.dataset.chart}`);
  if (!source) continue;
  const island = JSON.parse(source.textContent);
  if (!island.labels.length) continue;
  locales.add(island.locale);
  pending.set(canvas, async () => {
    const Chart = await chartLibrary();
    const chart = new Chart(canvas, configFor(island));
    chart.options.animation = ANIMATION;
    charts.push(chart);
    const button = document.querySelector(`button[data-png-for="${island.id}"]`);
    if (button) {
      button.disabled = false;
      button.addEventListener('click', () => downloadPng(chart, island));
    }
  });
  if (observer) observer.observe(canvas); else draw(canvas);
}

// Charts are redrawn at paper size for printing, then back to the screen's. Ctrl+P (⌘P) first draws the charts not yet
// drawn, Chart.js included, waiting for them PRINT_WAIT at most (a slow or stalled download); the browser's own menu
// prints those already drawn. The tables are printed either way.
const PRINT_WAIT = 5000;
function drawAll() {
  requeueFailed();
  for (const canvas of [...pending.keys()]) draw(canvas);
  return drawing;
}
let printing = false;
let printingAfterDrawing = false;
const mac = /mac|iphone|ipad/i.test(navigator.userAgentData?.platform ?? navigator.platform);  // "macOS", "MacIntel"
document.addEventListener('keydown', (event) => {
  const shortcut = (mac ? event.metaKey : event.ctrlKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p';
  if (shortcut && (pending.size || failed.size || inFlight.size)) {
    event.preventDefault();
    if (printing) return;
    printing = true;
    Promise.race([drawAll(), new Promise((resolve) => { setTimeout(resolve, PRINT_WAIT); })]).then(() => {
      printing = false;
      printingAfterDrawing = true;  // the charts that could be drawn are: the print event need not start another round
      try {
        window.print();
      } finally {
        printingAfterDrawing = false;
      }
    });
  }
});
window.addEventListener('beforeprint', () => {
  if (!printingAfterDrawing) drawAll();
  for (const chart of charts) chart.resize(700, 280);
});
window.addEventListener('afterprint', () => {
  for (const chart of charts) chart.resize();
});

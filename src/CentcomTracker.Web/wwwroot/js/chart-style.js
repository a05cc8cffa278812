// How the dashboard's charts look: colours, dashes and point shapes that do not rely on colour alone, patterned bars
// for partial, alternative and pace values, wrapped labels, and the marks that say "not reported" in an empty slot.

// Colour-blind-safe colours (Okabe–Ito, darkened where needed) that keep 3:1 against white; lines also differ by
// dash and point shape, and patterned bars say partial / alternative / pace without relying on colour.
export const COLOURS = ['#0072B2', '#C0392B', '#00795A', '#6A3D9A', '#000000', '#8C510A', '#595959'];
export const DASHES = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [12, 4], [1, 2]];
export const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded'];
export const ALTERNATIVE = '#595959';

export const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// An 8-pixel pattern tile filled with one colour, for the hatched and dotted fills to draw on.
function tile(fill) {
  const size = 8;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, size, size);
  return { ctx, size };
}

// Each pattern is drawn once and shared by every bar and chart that uses it.
const patterns = new Map();
function pattern(key, draw) {
  if (!patterns.has(key)) patterns.set(key, draw());
  return patterns.get(key);
}

export function hatch(colour, background = '#ffffff') {
  return pattern(`hatch ${colour} ${background}`, () => hatchPattern(colour, background));
}

function hatchPattern(colour, background) {
  const { ctx, size } = tile(background);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, size);
  ctx.lineTo(size, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(size - 2, size + 2);
  ctx.lineTo(size + 2, size - 2);
  ctx.stroke();
  return ctx.createPattern(ctx.canvas, 'repeat');
}

// The second series of a bar chart (period B beside period A) is dotted, so the two differ by more than colour.
export function dots(colour) {
  return pattern(`dots ${colour}`, () => dotsPattern(colour));
}

function dotsPattern(colour) {
  const { ctx } = tile(colour);
  ctx.fillStyle = '#ffffff';
  for (const [x, y] of [[2, 2], [6, 6]]) {
    ctx.beginPath();
    ctx.arc(x, y, 1.25, 0, 2 * Math.PI);
    ctx.fill();
  }
  return ctx.createPattern(ctx.canvas, 'repeat');
}

export function plainFill(colour, d) {
  return d % 2 === 1 ? dots(colour) : colour;
}

export function barFill(kind, colour, d) {
  switch (kind) {
    case 'alternative': return hatch(ALTERNATIVE);
    case 'partial': return hatch(colour);
    case 'pace': return hatch(colour, '#f3f3f3');
    default: return plainFill(colour, d);
  }
}

// Long category labels break into lines of about `width` characters (Chart.js does not wrap).
export function wrap(text, width = 18) {
  const words = String(text).split(' ');
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? line + ' ' + word : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// Exported pictures are opaque: without this the PNG is transparent and unreadable on dark backgrounds.
export const whiteBackground = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
};

// In a bar chart, an empty slot says "not reported" so that it cannot be read as 0.
export const notReportedMarks = {
  id: 'notReportedMarks',
  afterDatasetsDraw(chart, _args, options) {
    if (chart.config.type !== 'bar' || !options.text) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.fillStyle = '#404040';
    ctx.font = `11px ${window.Chart.defaults.font.family}`;
    ctx.direction = options.rtl ? 'rtl' : 'ltr';
    ctx.textAlign = 'left';
    chart.data.datasets.forEach((dataset, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      dataset.data.forEach((value, i) => {
        const bar = meta.data[i];
        if (value !== null || !bar || !Number.isFinite(bar.x)) return;
        ctx.save();
        ctx.translate(bar.x + 4, chartArea.bottom - 4);
        ctx.rotate(-Math.PI / 2);
        ctx.textAlign = options.rtl ? 'right' : 'left';
        ctx.fillText(options.text, 0, 0);
        ctx.restore();
      });
    });
    ctx.restore();
  },
};

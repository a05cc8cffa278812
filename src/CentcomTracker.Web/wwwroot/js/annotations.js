// Draws the dated events of a time-series chart (its island's "annotations") as markers: a dashed vertical line at
// each event's date with a numbered flag (the number of its entry in the list under the chart), and the event's
// date and text while the pointer is on it. Each item: { id, date: "yyyy-MM-dd", label, text, lang?, position? };
// position is the fractional category index on a month-by-month chart, otherwise the date is placed on the time axis.
// Where the markers landed is written to the canvas (data-annotation-markers), and the event under the pointer to
// data-annotation-hover, so the page and its tests can read them without looking at pixels.

const COLOUR = '#7a4a00';
const NEAR = 8;

function place(chart, items) {
  const { chartArea, scales: { x } } = chart;
  const placed = [];
  items.forEach((item, i) => {
    const px = x.getPixelForValue(item.position ?? Date.parse(item.date));
    if (!Number.isFinite(px) || px < chartArea.left - 1 || px > chartArea.right + 1) return;
    placed.push({ id: item.id, number: i + 1, date: item.date, label: item.label, text: item.text, x: Math.round(px) });
  });
  return placed;
}

function drawLabel(chart, marker, rtl) {
  const { ctx, chartArea } = chart;
  const text = `${marker.label}: ${marker.text}`;
  ctx.font = `12px ${chart.options.font?.family ?? 'sans-serif'}`;
  ctx.direction = rtl ? 'rtl' : 'ltr';
  const width = Math.min(ctx.measureText(text).width + 12, chartArea.right - chartArea.left);
  const left = Math.max(chartArea.left, Math.min(marker.x - width / 2, chartArea.right - width));
  const top = chartArea.top + 20;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.95)';
  ctx.strokeStyle = COLOUR;
  ctx.lineWidth = 1;
  ctx.fillRect(left, top, width, 20);
  ctx.strokeRect(left, top, width, 20);
  ctx.fillStyle = '#212529';
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillText(text, left + width / 2, top + 10, width - 8);
}

export const annotationMarkers = {
  id: 'annotationMarkers',
  afterDatasetsDraw(chart, _args, options) {
    const items = options.items || [];
    if (!items.length) return;
    const state = chart.$annotationMarkers ??= { hovered: null };
    state.placed = place(chart, items);
    const { ctx, chartArea } = chart;
    const numbers = new Intl.NumberFormat(options.locale);
    ctx.save();
    for (const marker of state.placed) {
      ctx.strokeStyle = COLOUR;
      ctx.lineWidth = marker.id === state.hovered ? 2.5 : 1.5;
      ctx.setLineDash([5, 3]);
      ctx.beginPath();
      ctx.moveTo(marker.x, chartArea.top + 16);
      ctx.lineTo(marker.x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = COLOUR;
      ctx.fillRect(marker.x - 8, chartArea.top, 16, 16);
      ctx.fillStyle = '#ffffff';
      ctx.font = `bold 11px ${chart.options.font?.family ?? 'sans-serif'}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(numbers.format(marker.number), marker.x, chartArea.top + 8);
    }
    const hovered = state.placed.find(m => m.id === state.hovered);
    if (hovered) drawLabel(chart, hovered, options.rtl);
    ctx.restore();
    chart.canvas.dataset.annotationMarkers = JSON.stringify(state.placed);
  },
  afterEvent(chart, args) {
    const state = chart.$annotationMarkers;
    if (!state?.placed) return;
    const { event } = args;
    let hovered = null;
    if (event.type === 'mousemove' && event.y >= chart.chartArea.top && event.y <= chart.chartArea.bottom) {
      const near = state.placed.map(m => ({ m, d: Math.abs(m.x - event.x) })).filter(n => n.d <= NEAR).sort((a, b) => a.d - b.d)[0];
      hovered = near ? near.m.id : null;
    }
    if (hovered === state.hovered) return;
    state.hovered = hovered;
    const marker = state.placed.find(m => m.id === hovered);
    if (marker) chart.canvas.dataset.annotationHover = `${marker.date}: ${marker.text}`;
    else delete chart.canvas.dataset.annotationHover;
    args.changed = true;
  },
};

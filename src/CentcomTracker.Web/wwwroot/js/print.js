// Printing shows everything: tables, notes and source lists collapsed on screen are opened for the printout and
// closed again afterwards, so the printed page holds every number with its source.
const opened = [];

window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll('details:not([open])')) {
    details.open = true;
    opened.push(details);
  }
});

window.addEventListener('afterprint', () => {
  while (opened.length > 0) opened.pop().open = false;
});

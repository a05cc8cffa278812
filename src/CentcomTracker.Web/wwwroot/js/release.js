// "Enter a release": show only the source part the editor chose (existing or new). Without script both stay visible
// and the radio button decides, so the form works either way.
const radios = document.querySelectorAll('#release-form input[data-toggles]');
const update = () => {
  for (const radio of radios) {
    const panel = document.getElementById(radio.dataset.toggles);
    if (panel) panel.hidden = !radio.checked;
  }
};
for (const radio of radios) radio.addEventListener('change', update);
update();

// A cell filled from a pasted release can be cleared in one click (without script: empty its fields by hand).
for (const button of document.querySelectorAll('#release-form button[data-clear-cell]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const cell = button.closest('fieldset.release-cell');
    for (const field of cell.querySelectorAll('input[name$=".Value"], textarea')) field.value = '';
    for (const box of cell.querySelectorAll('input[type=checkbox]')) box.checked = false;
    const qualifier = cell.querySelector('select[name$=".Qualifier"]');
    if (qualifier) qualifier.value = 'exact';
    cell.querySelector('.release-extracted').hidden = true;
    cell.querySelector('input[name$=".Value"]').focus();
  });
}

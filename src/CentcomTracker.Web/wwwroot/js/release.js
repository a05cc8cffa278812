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

// The menu button of narrow screens shows and hides the navigation (Bootstrap's collapse styles, without its script).
const button = document.querySelector('.navbar-toggler[aria-controls]');
const menu = button && document.getElementById(button.getAttribute('aria-controls'));
if (button && menu) {
  button.addEventListener('click', () => {
    const open = menu.classList.toggle('show');
    button.setAttribute('aria-expanded', String(open));
  });
}

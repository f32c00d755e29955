// Starts Det Fælles Designsystem's components and moves focus to a form's error summary,
// so keyboard and screen-reader users land on what needs fixing.
document.addEventListener('DOMContentLoaded', function () {
  if (window.DKFDS && typeof window.DKFDS.init === 'function') {
    window.DKFDS.init();
  }
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
  // The menu disclosure works without this script (details/summary); the script only keeps
  // aria-expanded in step for screen readers, and Escape closes an open menu.
  document.querySelectorAll('details.pejling-menu').forEach(function (menu) {
    var button = menu.querySelector('summary');
    var sync = function () { button.setAttribute('aria-expanded', menu.open ? 'true' : 'false'); };
    menu.addEventListener('toggle', sync);
    menu.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && menu.open) {
        menu.open = false;
        button.focus();
      }
    });
    sync();
  });
});

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
});

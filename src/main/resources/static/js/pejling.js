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
  document.querySelectorAll('details.pejling-menu, details.pejling-submenu').forEach(function (menu) {
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
  // An open "Værktøjer" list closes when the focus or a click goes elsewhere, like any disclosure menu.
  document.addEventListener('click', function (e) {
    document.querySelectorAll('details.pejling-submenu[open]').forEach(function (menu) {
      if (!menu.contains(e.target)) {
        menu.open = false;
      }
    });
  });
  document.querySelectorAll('details.pejling-submenu').forEach(function (menu) {
    menu.addEventListener('focusout', function (e) {
      if (menu.open && e.relatedTarget && !menu.contains(e.relatedTarget)) {
        menu.open = false;
      }
    });
  });
  // LIX readability of texts the portal publishes, as the editor types (the formula of dk.pejling.shared.Lix);
  // it only informs, it never blocks saving.
  document.querySelectorAll('[data-lix-for]').forEach(function (out) {
    var field = document.getElementById(out.getAttribute('data-lix-for'));
    if (!field) {
      return;
    }
    var warn = parseInt(out.getAttribute('data-lix-warn'), 10); // Lix.WARN_ABOVE, written into the page
    var update = function () {
      var text = field.value.replace(/<[^>]*>/g, ' ').replace(/\[\[([^\]]*)\]\]/g, '$1');
      var words = text.match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) || [];
      if (words.length === 0) {
        return;
      }
      var longWords = words.filter(function (w) { return Array.from(w).length > 6; }).length;
      var trimmed = text.trim();
      var sentences = (trimmed.match(/[.!?:]+(?=\s|$)|\n\s*\n/g) || []).length;
      if (sentences === 0 || !/[.!?:]$/.test(trimmed)) {
        sentences++;
      }
      var score = Math.round(words.length / sentences + 100 * longWords / words.length);
      var hard = score > warn;
      out.textContent = out.getAttribute(hard ? 'data-lix-hard' : 'data-lix-text').replace('{0}', String(score));
      out.classList.toggle('pejling-lix-hard', hard);
    };
    field.addEventListener('input', update);
  });
});

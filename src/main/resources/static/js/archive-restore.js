// The archive page's restore form: posts the chosen zip as the request body itself (application/zip)
// instead of as a multipart field, so the server streams it to a temporary file and a backup larger than
// the 20 MB multipart limit can be restored from the page. The answer is the whole page; its section
// replaces this one and focus moves to the result. Without script the form posts multipart as before.
(function () {
  'use strict';

  document.addEventListener('submit', function (evt) {
    var form = evt.target;
    if (!form || form.id !== 'restore-form' || !window.fetch) {
      return;
    }
    var input = document.getElementById('file');
    var file = input && input.files && input.files[0];
    if (!file) {
      return; // the server answers "choose an archive" the ordinary way
    }
    evt.preventDefault();
    var dryRun = evt.submitter && evt.submitter.name === 'dryRun' ? evt.submitter.value : 'true';
    var headers = {'Content-Type': 'application/zip'};
    var header = form.getAttribute('data-csrf-header');
    var token = form.querySelector('input[name="_csrf"]');
    if (header && token) {
      headers[header] = token.value;
    }
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    document.getElementById('restore-progress').hidden = false;
    fetch(form.action + '?dryRun=' + encodeURIComponent(dryRun), {
      method: 'POST', headers: headers, body: file, credentials: 'same-origin'
    }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var page = new DOMParser().parseFromString(html, 'text/html');
      var fresh = page.querySelector('main section') || page.querySelector('section');
      var current = form.closest('section');
      if (!fresh || !current) {
        document.documentElement.innerHTML = page.documentElement.innerHTML;
        return;
      }
      current.replaceWith(fresh);
      var result = document.getElementById('restore-problems') || document.getElementById('restore-done')
          || document.querySelector('.form-error input');
      if (result) {
        result.focus();
      }
    }).catch(function () {
      // The connection broke: nothing was restored (a restore commits only when it answers); try again.
      buttons.forEach(function (b) { b.disabled = false; });
      document.getElementById('restore-progress').textContent = form.getAttribute('data-failed');
    });
  });
}());

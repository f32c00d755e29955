// The measurement import page with htmx: sends the CSRF token as a header (so a file over the
// server's limit still gets its "too large" answer rather than a token error), refuses a file over
// the limit before sending it, shows the upload's progress, swaps in answers with row errors (4xx),
// and moves focus to the result so keyboard and screen-reader users hear it.
(function () {
  'use strict';

  var uploaded = false;
  var lastAnnounced = -1;

  function importForm(evt) {
    var form = document.getElementById('import-form');
    return form && evt.detail && evt.detail.elt === form ? form : null;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function setText(percent) {
    var text = byId('import-progress-text');
    if (percent === null) {
      text.textContent = byId('import-progress-checking').textContent;
      return;
    }
    var step = Math.floor(percent / 10) * 10;
    if (step !== lastAnnounced) {
      lastAnnounced = step;
      text.textContent = byId('import-progress-sending').textContent.replace('{0}', String(step));
    }
  }

  function showProgress(percent) {
    var bar = byId('import-progress-bar');
    byId('import-progress').hidden = false;
    if (percent === null) {
      bar.removeAttribute('value'); // indeterminate: the server is checking the file
    } else {
      bar.value = percent;
    }
    setText(percent);
  }

  function markFileError(show, describedBy) {
    var group = byId('file-group');
    var input = byId('file');
    if (!group || !input) {
      return;
    }
    group.classList.toggle('form-error', show);
    input.setAttribute('aria-describedby', show ? 'file-hint ' + describedBy : 'file-hint');
    if (show) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  document.addEventListener('htmx:configRequest', function (evt) {
    var form = importForm(evt);
    if (!form) {
      return;
    }
    var header = form.getAttribute('data-csrf-header');
    var token = form.querySelector('input[name="_csrf"]');
    if (header && token) {
      evt.detail.headers[header] = token.value;
    }
  });

  document.addEventListener('htmx:beforeRequest', function (evt) {
    var form = importForm(evt);
    if (!form) {
      return;
    }
    var input = byId('file');
    var file = input && input.files && input.files[0];
    var max = parseInt(form.getAttribute('data-max-bytes'), 10);
    var tooLarge = byId('file-too-large');
    if (file && max && file.size > max) {
      evt.preventDefault();
      tooLarge.hidden = false;
      markFileError(true, 'file-too-large');
      input.focus();
      return;
    }
    tooLarge.hidden = true;
    uploaded = false;
    lastAnnounced = -1;
    showProgress(0);
  });

  document.addEventListener('htmx:xhr:progress', function (evt) {
    if (!importForm(evt) || uploaded) {
      return;
    }
    if (evt.detail.lengthComputable && evt.detail.total > 0 && evt.detail.loaded < evt.detail.total) {
      showProgress(Math.round(100 * evt.detail.loaded / evt.detail.total));
    } else {
      uploaded = true;
      showProgress(null);
    }
  });

  document.addEventListener('htmx:afterRequest', function (evt) {
    if (importForm(evt)) {
      byId('import-progress').hidden = true;
    }
  });

  // Row errors come with 400, a changed file with 409, a file too large with 413: show them.
  document.addEventListener('htmx:beforeSwap', function (evt) {
    var target = evt.detail.target;
    var status = evt.detail.xhr ? evt.detail.xhr.status : 0;
    if (target && target.id === 'import-result' && (status === 400 || status === 409 || status === 413)) {
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
    }
  });

  document.addEventListener('htmx:afterSwap', function (evt) {
    var result = evt.detail.target;
    if (!result || result.id !== 'import-result') {
      return;
    }
    var slot = byId('file-error-slot');
    markFileError(!!(slot && slot.querySelector('.form-error-message')), 'file-error');
    var focus = result.querySelector('[tabindex="-1"]');
    if (focus) {
      focus.focus();
    }
    if (byId('import-applied')) {
      byId('import-form').reset();
    }
  });
}());

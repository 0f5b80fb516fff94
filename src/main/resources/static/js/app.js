// CSRF header for htmx requests and the mobile menu toggle; no inline scripts (CSP).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener("click", function (event) {
  var toggle = event.target.closest("[data-toggle-target]");
  if (toggle) {
    document.querySelector(toggle.getAttribute("data-toggle-target")).classList.toggle("show");
  }
  var confirmable = event.target.closest("[data-confirm]");
  if (confirmable && !window.confirm(confirmable.getAttribute("data-confirm"))) {
    event.preventDefault();
  }
});
// Participant forms: only the fields of the chosen kind (all of them without scripts).
function showParticipantKind() {
  var kind = document.getElementById("kind");
  if (!kind) {
    return;
  }
  document.querySelectorAll("[data-kind]").forEach(function (group) {
    group.hidden = group.getAttribute("data-kind") !== kind.value;
  });
}
document.addEventListener("DOMContentLoaded", showParticipantKind);
document.addEventListener("change", function (event) {
  if (event.target.id === "kind") {
    showParticipantKind();
  }
});
// A file input with data-max-bytes refuses a larger file before it is uploaded.
document.addEventListener("change", function (event) {
  var input = event.target;
  if (input.matches && input.matches("input[type=file][data-max-bytes]")) {
    var file = input.files && input.files[0];
    var tooLarge = file && file.size > Number(input.getAttribute("data-max-bytes"));
    input.setCustomValidity(tooLarge ? input.getAttribute("data-too-large") : "");
    if (tooLarge) {
      input.reportValidity();
    }
  }
});
// A checkbox with data-check-all="name" ticks every checkbox of that name in its form.
document.addEventListener("change", function (event) {
  var all = event.target;
  if (all.matches && all.matches("input[data-check-all]")) {
    all.form.querySelectorAll('input[name="' + all.getAttribute("data-check-all") + '"]').forEach(function (box) {
      box.checked = all.checked;
    });
  }
});
// The notice that the session has ended (it takes the alert's look only when shown).
function showSessionEnded() {
  var notice = document.getElementById("session-ended");
  if (notice) {
    notice.classList.add("alert", "alert-warning", "py-2");
    notice.hidden = false;
  }
}
// An htmx request answered by the sign-in page (the session has ended) does not put that page into
// the one it was made from: the notice says what happened instead.
document.addEventListener("htmx:beforeSwap", function (event) {
  var xhr = event.detail.xhr;
  if (xhr && xhr.responseURL && new URL(xhr.responseURL).pathname === "/login") {
    event.detail.shouldSwap = false;
    showSessionEnded();
  }
});
// Someone typing or clicking in a page keeps the session alive past the inactivity time-out (a ping
// at most every five minutes, only after their own input): a long form is not lost at «Сохранить».
// An unattended page still times out; then the first input shows that the session has ended.
(function () {
  var url = document.body && document.body.getAttribute("data-session-alive");
  if (!url) {
    return;
  }
  var every = 5 * 60 * 1000;
  var pinged = Date.now();
  function ping() {
    pinged = Date.now();
    fetch(url, { credentials: "same-origin", redirect: "manual", cache: "no-store" }).then(function (response) {
      if (response.status !== 204) {
        showSessionEnded();
      }
    }, function () {});
  }
  ["keydown", "mousedown", "touchstart"].forEach(function (type) {
    document.addEventListener(type, function () {
      if (Date.now() - pinged >= every) {
        ping();
      }
    }, { capture: true, passive: true });
  });
})();
// A posted form is sent once: on a slow link a second click would add the same record twice. Its
// buttons are disabled right after the browser has taken the form's values (the clicked button's
// own value among them), and enabled again if the page is still here after a while (a download) or
// is shown again from the browser's history.
(function () {
  var buttons = "button[type=submit], button:not([type]), input[type=submit]";
  function release(form) {
    delete form.dataset.sending;
    form.querySelectorAll(buttons).forEach(function (button) {
      button.disabled = false;
    });
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || form.method !== "post" || form.target) {
      return;
    }
    if (form.dataset.sending) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = "true";
    setTimeout(function () {
      form.querySelectorAll(buttons).forEach(function (button) {
        button.disabled = true;
      });
    }, 0);
    setTimeout(function () {
      release(form);
    }, 15000);
  });
  window.addEventListener("pageshow", function () {
    document.querySelectorAll("form[data-sending]").forEach(release);
  });
})();

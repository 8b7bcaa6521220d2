// Runs in the <head> of every page, before anything is drawn (inline, allowed by its hash in the page's CSP).
(function () {
  var base = __BASE__;
  // 1. The language the resident chose last: pages are the same in both languages apart from the /en prefix,
  //    so the other one is opened at once, without a flash. With storage refused, the address decides.
  try {
    // Stored as JSON ("en"), or bare (en) by versions before the storage moved to gloo-storage.
    var chosen = (localStorage.getItem('tb:bahasa') || '').replace(/"/g, '');
    var path = location.pathname.slice(base.length);
    var english = path === '/en' || path.indexOf('/en/') === 0;
    var rest = location.search + location.hash;
    if (chosen === 'en' && !english) location.replace(base + '/en' + path + rest);
    else if (chosen === 'id' && english) location.replace(base + (path.slice(3) || '/') + rest);
  } catch (_) {}
  // 2. Room for the "Dengarkan" button where the browser can speak, so it appearing moves nothing; not where it
  //    had no voice for the page's language last time (the app remembers it, src/speech.rs).
  if ('speechSynthesis' in window) {
    var voiceless = false;
    try { voiceless = (localStorage.getItem('tb:suara:' + document.documentElement.lang) || '').indexOf('tidak') >= 0; } catch (_) {}
    if (!voiceless) document.documentElement.setAttribute('data-speech', '');
  }
  // 3. A page opening a saved draft (`?draf=`) says so until the app has read it: on a weak signal the form
  //    would otherwise stand empty for many seconds, as if the answers were lost.
  if (/[?&]draf=/.test(location.search)) document.documentElement.setAttribute('data-opening-draft', '');
  // 4. A tap on a button of an interactive part before the app has started (slow phone, slow network) is kept
  //    and repeated by boot.js once it has, instead of being lost or, for a form, sending the answers in the
  //    address. What is typed meanwhile stays in the fields; boot.js hands it to the app too.
  function early(event) {
    if (document.documentElement.hasAttribute('data-hydrated') || !event.target.closest) return;
    if (!event.target.closest('leptos-island')) return;
    if (cannotRun) {
      // Nothing will answer this tap: the message says why and what to do.
      event.preventDefault();
      showCannotRun();
      return;
    }
    var button = event.target.closest('button, [type=submit]');
    if (event.type === 'submit' || button) {
      event.preventDefault();
      if (button) window.__tbTapped = button;
    }
  }
  // 5. Browsers that cannot run the app would accept typing and save nothing. The bundles are WebAssembly 1.0
  //    (built so: .cargo/config.toml) and the scripts need Chrome 85's JavaScript (optional chaining in
  //    wasm-bindgen's glue; replaceAll came with it) and module scripts. Where any is missing, the page says so
  //    in words (#app-tidak-jalan, from locales/) and the app is not loaded. boot.js calls the same on a failed
  //    start.
  var cannotRun = true;
  try {
    cannotRun = !(WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) && ''.replaceAll
      && 'noModule' in document.createElement('script'));
  } catch (_) {}
  function showCannotRun() {
    document.documentElement.setAttribute('data-app-failed', '');
    var message = document.getElementById('app-tidak-jalan');
    if (!message) return;
    message.hidden = false;
    message.focus();
  }
  window.__tbCannotRun = showCannotRun;
  window.__tbCannotRunHere = cannotRun;
  if (cannotRun) document.addEventListener('DOMContentLoaded', showCannotRun);
  document.addEventListener('click', early, true);
  document.addEventListener('submit', early, true);
  // 6. A control focused with the keyboard under the fixed bottom menu is scrolled up above it: browsers do not
  //    scroll an element that is already partly on screen, whatever scroll-padding says (WCAG 2.4.11). Only
  //    for keyboard focus on a control: a finger pressing a label focuses <main tabindex="-1"> between press and
  //    release, and moving the page then would take the release elsewhere and lose the tap. Never upwards.
  var pressing = false;
  document.addEventListener('pointerdown', function () { pressing = true; }, true);
  ['pointerup', 'pointercancel', 'click'].forEach(function (type) {
    document.addEventListener(type, function () { setTimeout(function () { pressing = false; }); }, true);
  });
  document.addEventListener('focusin', function (event) {
    var nav = document.querySelector('body > .nav');
    var el = event.target;
    if (pressing || !nav || !el.matches || nav.contains(el) || getComputedStyle(nav).position !== 'fixed') return;
    if (!el.matches('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')) return;
    var r = el.getBoundingClientRect();
    var top = nav.getBoundingClientRect().top;
    var by = Math.min(r.bottom - top + 16, r.top - 16);
    if (r.bottom > top - 8 && r.top < top + nav.offsetHeight && by > 0) window.scrollBy(0, by);
  });
})();

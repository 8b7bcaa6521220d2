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
  // 2. Room for the "Dengarkan" button where the browser can speak, so it appearing moves nothing.
  if ('speechSynthesis' in window) document.documentElement.setAttribute('data-speech', '');
  // 3. A tap on a button of an interactive part before the app has started (slow phone, slow network) is kept
  //    and repeated by boot.js once it has, instead of being lost or, for a form, sending the answers in the
  //    address. What is typed meanwhile stays in the fields; boot.js hands it to the app too.
  function early(event) {
    if (document.documentElement.hasAttribute('data-hydrated') || !event.target.closest) return;
    if (!event.target.closest('leptos-island')) return;
    var button = event.target.closest('button, [type=submit]');
    if (event.type === 'submit' || button) {
      event.preventDefault();
      if (button) window.__tbTapped = button;
    }
  }
  document.addEventListener('click', early, true);
  document.addEventListener('submit', early, true);
  // 4. A control focused with the keyboard under the fixed bottom menu is scrolled up above it: browsers do not
  //    scroll an element that is already partly on screen, whatever scroll-padding says (WCAG 2.4.11).
  document.addEventListener('focusin', function (event) {
    var nav = document.querySelector('body > .nav');
    var el = event.target;
    if (!nav || !el.getBoundingClientRect || nav.contains(el) || getComputedStyle(nav).position !== 'fixed') return;
    var r = el.getBoundingClientRect();
    var top = nav.getBoundingClientRect().top;
    if (r.bottom > top - 8 && r.top < top + nav.offsetHeight) window.scrollBy(0, Math.min(r.bottom - top + 16, r.top - 16));
  });
})();

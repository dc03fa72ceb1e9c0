/*! Health & Justice Career Pathways: embed helper for host pages.
 *
 * Put this where the widget should appear:
 *
 *   <div data-hjcp-widget
 *        data-src="https://tools.example.org/careers/self-evaluation/"
 *        data-framework="nhse-non-custodial" data-target="" data-lang="en"
 *        data-persona="applicant" data-ns="" data-title="Health and justice career self-evaluation"></div>
 *   <script src="https://tools.example.org/careers/self-evaluation/embed.js" defer></script>
 *
 * It replaces each such element with an <iframe> of the widget and sizes the iframe to the
 * widget's height, accepting height messages only from the widget's own origin (data-src).
 * It sends nothing anywhere, reads no storage and sets no cookies.
 */
(function () {
  'use strict';
  var PARAMS = ['framework', 'target', 'lang', 'persona', 'ns'];
  var frames = [];
  // How this page was opened. A reload (or Back/Forward) of this page opens the widget's frame
  // afresh, so the widget is told, and returns to the screen the person was on rather than
  // its start screen.
  var navigation = window.performance && performance.getEntriesByType
    ? performance.getEntriesByType('navigation')[0] : null;
  var arrival = navigation && (navigation.type === 'reload' || navigation.type === 'back_forward')
    ? navigation.type : '';

  function embed(el) {
    if (el.getAttribute('data-hjcp-embedded')) return;
    var src;
    try {
      src = new URL(el.getAttribute('data-src') || '', document.baseURI);
    } catch (e) {
      el.textContent = 'The career pathways tool could not be shown: data-src is not a web address.';
      return;
    }
    PARAMS.forEach(function (name) {
      var value = el.getAttribute('data-' + name);
      if (value) src.searchParams.set(name, value);
    });
    // Tell the widget which origin may receive its height; it posts to no other.
    src.searchParams.set('host', window.location.origin);
    if (arrival) src.searchParams.set('arrival', arrival);
    var iframe = document.createElement('iframe');
    iframe.src = src.toString();
    iframe.title = el.getAttribute('data-title') || 'Health and justice career pathways self-evaluation';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.style.width = '100%';
    iframe.style.border = '0';
    iframe.style.minHeight = '40rem';
    iframe.style.display = 'block';
    el.setAttribute('data-hjcp-embedded', 'true');
    el.appendChild(iframe);
    frames.push({ iframe: iframe, origin: src.origin });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'hjcp:height' || typeof data.height !== 'number') return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      // Only the widget's own origin, and only the iframe that sent the message.
      if (event.origin === f.origin && event.source === f.iframe.contentWindow) {
        var h = Math.max(200, Math.min(20000, Math.ceil(data.height)));
        f.iframe.style.height = h + 'px';
        f.iframe.style.minHeight = '0';
      }
    }
  });

  function init() {
    var els = document.querySelectorAll('[data-hjcp-widget]');
    for (var i = 0; i < els.length; i++) embed(els[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

/*! Kizuna embed loader v2 (docs/EMBED.md): frames and sizes only the Kizuna app in its own folder
 * or in folders listed in data-kizuna-origins, from height messages of their own window and origin only. */
(function (window, document) {
  'use strict';
  var VERSION = 2;
  var script = document.currentScript;
  // Reuse a loader already on the page only if it is really ours (v2 or later): an element with
  // id="KizunaEmbed" (a comment, say) also appears as window.KizunaEmbed, and a v1 trusts whole origins.
  var existing = window.KizunaEmbed;
  try {
    if (Object.prototype.toString.call(existing) === '[object Object]' && typeof existing.version === 'number' &&
      existing.version >= VERSION && typeof existing.allow === 'function' && typeof existing.scan === 'function') {
      existing.allow(script);
      existing.scan();
      return;
    }
  } catch (e) { /* not ours: install this one */ }
  // Same as src/embed/messages.ts (a unit test checks).
  var PYM_PATTERN = /^pymxPYMx([A-Za-z0-9_.:-]{0,64})xPYMx(height|width)xPYMx(\d{1,6})$/;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 5000;
  // The app's pages in a trusted folder: the folder itself or its index.html, with a query.
  var APP_PAGE = /^(index\.html)?$/;
  var frames = [];
  var folders = [];
  function resolve(href) {
    var a = document.createElement('a');
    a.href = href;
    if (a.protocol !== 'https:' && a.protocol !== 'http:' || !a.host || a.username || a.password) return null;
    var path = a.pathname.charAt(0) === '/' ? a.pathname : '/' + a.pathname;
    return { href: a.href, origin: a.protocol + '//' + a.host, path: path, rest: a.search + a.hash };
  }

  // Trusted: the folder the script was loaded from (the page's folder if inlined), and each
  // folder the page's author listed on the script tag (an origin alone is its root folder).
  function allow(tag) {
    var own = resolve(tag && tag.src || location.href);
    if (own) folders.push({ origin: own.origin, path: own.path.replace(/[^\/]*$/, '') });
    var list = (tag && tag.getAttribute('data-kizuna-origins') || '').split(/\s+/);
    for (var i = 0; i < list.length; i++) {
      var o = list[i] && resolve(list[i]);
      if (o && !o.rest && /\/$/.test(o.path)) folders.push({ origin: o.origin, path: o.path });
    }
  }
  function trusted(href) {
    var target = resolve(href || '');
    if (!target) return null;
    for (var i = 0; i < folders.length; i++) {
      var f = folders[i];
      if (target.origin !== f.origin || target.path.indexOf(f.path) !== 0) continue;
      // Only the app page itself: not a config file, another page, or an escaped path such as
      // "..%2f" (which the URL keeps but a server may decode into the parent folder).
      if (APP_PAGE.test(target.path.slice(f.path.length))) return target;
    }
    return null;
  }
  function heightOf(d) {
    var m = typeof d === 'string' && d.length <= 200 && PYM_PATTERN.exec(d);
    var h = m ? (m[2] === 'height' ? Number(m[3]) : null) :
      d && typeof d === 'object' && !Array.isArray(d) && d.sentinel === 'amp' && d.type === 'embed-size' &&
      typeof d.height === 'number' && isFinite(d.height) && d.height >= 0 ? d.height : null;
    return h === null ? null : Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(h)));
  }
  function attach(iframe) {
    if (iframe.getAttribute('data-kizuna-ready')) return;
    var target = trusted(iframe.getAttribute('src'));
    if (!target) return;
    iframe.setAttribute('data-kizuna-ready', '1');
    iframe.style.border = '0';
    frames.push({ iframe: iframe, origin: target.origin });
  }
  function create(host) {
    if (host.getAttribute('data-kizuna-ready')) return;
    var target = trusted(host.getAttribute('data-kizuna-embed'));
    if (!target) return;
    var height = Number(host.getAttribute('data-kizuna-height'));
    var iframe = document.createElement('iframe');
    iframe.src = target.href;
    iframe.title = host.getAttribute('data-kizuna-title') || 'Kizuna map';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'fullscreen');
    iframe.setAttribute('width', '100%');
    iframe.setAttribute('height', String(height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : 560));
    // CSSOM: allowed by a host CSP without 'unsafe-inline'
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    host.setAttribute('data-kizuna-ready', '1');
    host.appendChild(iframe);
    attach(iframe);
  }
  function each(selector, fn) {
    var list = document.querySelectorAll(selector);
    for (var i = 0; i < list.length; i++) fn(list[i]);
  }
  function scan() {
    each('[data-kizuna-embed]', create);
    each('iframe[data-kizuna]', attach);
  }
  // The frame a message came from, checked by window and origin; null for anything else.
  function frameOf(event) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (event.source && event.source === f.iframe.contentWindow && event.origin === f.origin) return f;
    }
    return null;
  }
  function onMessage(event) {
    var f = frameOf(event);
    var h = f && heightOf(event.data);
    if (h) {
      f.iframe.style.height = h + 'px';
      f.iframe.setAttribute('height', String(h));
    }
  }

  allow(script);
  window.addEventListener('message', onMessage, false);
  // Story mode (issue 23) adds its methods here; they reach frames only through frameOf/frames.
  window.KizunaEmbed = { scan: scan, allow: allow, version: VERSION };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, false);
  else scan();
})(window, document);

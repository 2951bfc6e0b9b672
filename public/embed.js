/*! Kizuna embed loader v2 (docs/EMBED.md): frames and sizes only the Kizuna app in its own folder
 * or in folders listed in data-kizuna-origins, from height messages of their own window and origin only;
 * story mode: KizunaEmbed.setView and data-kizuna-step move one of those frames, by message to it alone. */
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
  // Story mode. Same as src/embed/story.ts (a unit test checks): the app refuses anything else too.
  var SET_VIEW = 'kizuna:set-view';
  var STORY_READY = 'kizuna:story-ready';
  var STORY_KEYS = ['lang', 'loc', 'pair', 'region', 'sectors', 'rel', 'years', 'panel', 'premerger'];
  // Ids, comma lists, year ranges and flags: nothing else is a plausible value of a story key.
  var STORY_VALUE = /^[A-Za-z0-9_~,-]{1,200}$/;
  var MAX_VIEW_LENGTH = 2000;
  var warned = {};
  var steps = [];
  var observer = null;
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
    frames.push({ iframe: iframe, origin: target.origin, view: null, ready: false });
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
    watchSteps();
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
    if (f && isReady(event.data)) {
      // The app listens now (first load or reload): the latest view.
      f.ready = true;
      send(f);
      return;
    }
    var h = f && heightOf(event.data);
    if (h) {
      f.iframe.style.height = h + 'px';
      f.iframe.setAttribute('height', String(h));
    }
  }

  // Story mode (docs/EMBED.md): a view goes to one frame's window, for the origin it was trusted for.
  function warn(kind, detail) {
    if (warned[kind]) return;
    warned[kind] = true;
    if (window.console) console.warn('[kizuna] setView ignored (' + kind + '): ' + detail);
  }
  function isReady(d) {
    return !!d && typeof d === 'object' && d.type === STORY_READY && d.version === 1;
  }
  // "loc=vn-gia-lai&lang=vi", "?loc=…" or { loc: 'vn-gia-lai', sectors: ['hydrogen'] } as a query
  // string of known keys with plausible values; null (said on the console) for anything else.
  function viewQuery(view) {
    var list = [];
    var own = Object.prototype.hasOwnProperty;
    if (typeof view === 'string' && view.length <= MAX_VIEW_LENGTH) {
      new URLSearchParams(view).forEach(function (v, k) { list.push([k, v]); });
    } else if (Object.prototype.toString.call(view) === '[object Object]') {
      for (var k in view) {
        var v = view[k];
        if (own.call(view, k)) list.push([k, Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? Number(v) + '' : typeof v === 'number' ? v + '' : v]);
      }
    } else return warn('bad view', 'a query string (at most ' + MAX_VIEW_LENGTH + ' characters) or an object') || null;
    var out = new URLSearchParams();
    for (var i = 0; i < list.length; i++) {
      var key = list[i][0], value = list[i][1];
      if (STORY_KEYS.indexOf(key) < 0 || out.has(key)) return warn('unknown key', key.slice(0, 20) + ' (known: ' + STORY_KEYS.join(', ') + ')') || null;
      if (typeof value !== 'string' || !STORY_VALUE.test(value)) return warn('implausible value', 'for ' + key) || null;
      out.append(key, value);
    }
    return out.toString();
  }
  // The frame an element (or its id) names: the iframe, its placeholder, or an element around it.
  function frameFor(element) {
    if (typeof element === 'string') element = document.getElementById(element);
    for (var i = 0; element && element.nodeType === 1 && i < frames.length; i++) {
      if (frames[i].iframe === element || element.contains(frames[i].iframe)) return frames[i];
    }
    return null;
  }
  function send(f) {
    if (f.ready && f.view !== null && f.iframe.contentWindow) {
      f.iframe.contentWindow.postMessage({ type: SET_VIEW, version: 1, origin: location.origin, view: f.view }, f.origin);
    }
  }
  function setView(element, view) {
    var f = frameFor(element);
    if (!f) return warn('no embed', 'the element is no Kizuna embed and holds none') || false;
    var query = viewQuery(view);
    if (query === null) return false;
    f.view = query;
    send(f); // or, until the app says it listens, kept for then
    return true;
  }
  // Steps move their embed (data-kizuna-target: its id; else the page's first) when they cross
  // the band around the middle of the viewport, where the reader's eyes are, either way.
  function onSteps(entries) {
    for (var i = 0; i < entries.length; i++) {
      var step = entries[i].target;
      var id = step.getAttribute('data-kizuna-target');
      var first = document.querySelector('iframe[data-kizuna-ready]');
      if (!entries[i].isIntersecting || !setView(id || first, step.getAttribute('data-kizuna-step'))) continue;
      each('[data-kizuna-active]', function (s) { s.removeAttribute('data-kizuna-active'); });
      step.setAttribute('data-kizuna-active', '');
    }
  }
  function watchSteps() {
    if (!window.IntersectionObserver) return;
    observer = observer || new IntersectionObserver(onSteps, { rootMargin: '-45% 0px -45% 0px' });
    each('[data-kizuna-step]', function (step) {
      if (steps.indexOf(step) >= 0) return;
      steps.push(step);
      observer.observe(step);
    });
  }
  allow(script);
  window.addEventListener('message', onMessage, false);
  window.KizunaEmbed = { scan: scan, allow: allow, setView: setView, version: VERSION };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, false);
  else scan();
})(window, document);

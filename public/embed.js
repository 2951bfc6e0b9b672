/*! Kizuna embed loader v1 (docs/EMBED.md): sizes Kizuna iframes of its own origin or those in
 * data-kizuna-origins, from height messages of their own window and origin only. */
(function (window, document) {
  'use strict';
  var script = document.currentScript;
  if (window.KizunaEmbed) {
    window.KizunaEmbed.allow(script);
    window.KizunaEmbed.scan();
    return;
  }
  // Same as src/embed/messages.ts (a unit test checks).
  var PYM_PATTERN = /^pymxPYMx([A-Za-z0-9_.:-]{0,64})xPYMx(height|width)xPYMx(\d{1,6})$/;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 5000;
  var frames = [];
  var origins = {};
  function resolve(href) {
    var a = document.createElement('a');
    a.href = href;
    if (a.protocol !== 'https:' && a.protocol !== 'http:' || !a.host) return null;
    return { href: a.href, origin: a.protocol + '//' + a.host };
  }

  // Own origin (the page's if inlined) and those listed on the script tag: a commenter who
  // can write only data-* attributes cannot frame other pages.
  function allow(tag) {
    var own = resolve(tag && tag.src || location.href);
    if (own) origins[own.origin] = 1;
    var list = (tag && tag.getAttribute('data-kizuna-origins') || '').split(/\s+/);
    for (var i = 0; i < list.length; i++) {
      var o = list[i] && resolve(list[i]);
      if (o && o.href === o.origin + '/') origins[o.origin] = 1;
    }
  }
  function trusted(href) {
    var target = resolve(href || '');
    return target && origins.hasOwnProperty(target.origin) ? target : null;
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
  function onMessage(event) {
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i].iframe;
      if (!event.source || event.source !== f.contentWindow || event.origin !== frames[i].origin) continue;
      var h = heightOf(event.data);
      if (h !== null) {
        f.style.height = h + 'px';
        f.setAttribute('height', String(h));
      }
      return;
    }
  }

  allow(script);
  window.addEventListener('message', onMessage, false);
  window.KizunaEmbed = { scan: scan, allow: allow, version: 1 };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, false);
  else scan();
})(window, document);

/*! Kizuna embed loader: keeps Kizuna iframes as tall as their content. See docs/EMBED.md.
 * <iframe data-kizuna src="…/?embed=1" …></iframe> or <div data-kizuna-embed="…/?embed=1"></div>.
 * Trusts only messages from the iframe's own window and origin, in the exact pym.js v1 height
 * string or AMP embed-size object shape; nothing received is evaluated or inserted as markup. */
(function (window, document) {
  'use strict';
  if (window.KizunaEmbed) {
    window.KizunaEmbed.scan();
    return;
  }
  // Kept in step with src/embed/messages.ts (PYM_PATTERN, MIN_HEIGHT, MAX_HEIGHT) by a unit test.
  var PYM_PATTERN = /^pymxPYMx([A-Za-z0-9_.:-]{0,64})xPYMx(height|width)xPYMx(\d{1,6})$/;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 5000;
  var frames = [];

  function resolve(href) {
    var a = document.createElement('a');
    a.href = href;
    if (a.protocol !== 'https:' && a.protocol !== 'http:') return null;
    return { href: a.href, origin: a.protocol + '//' + a.host };
  }

  function heightOf(data) {
    var height = null;
    var match;
    if (typeof data === 'string') {
      match = data.length <= 200 ? PYM_PATTERN.exec(data) : null;
      if (match && match[2] === 'height') height = Number(match[3]);
    } else if (data && typeof data === 'object' && !Array.isArray(data) &&
        data.sentinel === 'amp' && data.type === 'embed-size' &&
        typeof data.height === 'number' && isFinite(data.height) && data.height >= 0) {
      height = data.height;
    }
    return height === null ? null : Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
  }

  function attach(iframe) {
    if (iframe.getAttribute('data-kizuna-ready')) return;
    var target = resolve(iframe.getAttribute('src') || '');
    if (!target) return;
    iframe.setAttribute('data-kizuna-ready', '1');
    frames.push({ iframe: iframe, origin: target.origin });
  }

  function create(host) {
    if (host.getAttribute('data-kizuna-ready')) return;
    var target = resolve(host.getAttribute('data-kizuna-embed') || '');
    if (!target) return;
    var height = Number(host.getAttribute('data-kizuna-height'));
    var iframe = document.createElement('iframe');
    iframe.src = target.href;
    iframe.title = host.getAttribute('data-kizuna-title') || 'Kizuna map';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('allow', 'fullscreen');
    iframe.setAttribute('width', '100%');
    iframe.setAttribute('height', String(height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : 560));
    // CSSOM, not a style attribute: allowed by host pages whose CSP forbids inline styles.
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    host.setAttribute('data-kizuna-ready', '1');
    host.appendChild(iframe);
    attach(iframe);
  }

  function scan() {
    var i;
    var hosts = document.querySelectorAll('[data-kizuna-embed]');
    for (i = 0; i < hosts.length; i++) create(hosts[i]);
    var iframes = document.querySelectorAll('iframe[data-kizuna]');
    for (i = 0; i < iframes.length; i++) attach(iframes[i]);
  }

  function onMessage(event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source !== frame.iframe.contentWindow || event.origin !== frame.origin) continue;
      var height = heightOf(event.data);
      if (height !== null) {
        frame.iframe.style.height = height + 'px';
        frame.iframe.setAttribute('height', String(height));
      }
      return;
    }
  }

  window.addEventListener('message', onMessage, false);
  window.KizunaEmbed = { scan: scan, version: 1 };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan, false);
  else scan();
})(window, document);

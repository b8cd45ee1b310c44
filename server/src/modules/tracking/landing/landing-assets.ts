import { createHash } from 'node:crypto';

/**
 * The landing page's only CSS and script, inlined (one request, no framework) and allowed by hash in the
 * Content-Security-Policy, so no other inline code can run. Mobile-first, 375 px baseline, works in
 * WeChat's and WeCom's in-app browsers (ES5 syntax only, sendBeacon with a fetch-keepalive fallback).
 */
export const LANDING_CSS =
  '*{box-sizing:border-box}body{margin:0;background:#f5f6f7;color:#1f2329;font:16px/1.7 -apple-system,"PingFang SC","Microsoft YaHei",sans-serif;-webkit-text-size-adjust:100%}' +
  'main{max-width:720px;margin:0 auto;padding:20px 16px calc(24px + env(safe-area-inset-bottom));background:#fff;min-height:100vh}' +
  'h1{font-size:22px;line-height:1.4;margin:0 0 12px}.sum{color:#646a73;margin:0 0 16px}' +
  '.body img,.media{max-width:100%;height:auto;display:block;margin:12px auto}.body{word-wrap:break-word}' +
  '.body table{border-collapse:collapse;width:100%;font-size:14px}.body td,.body th{border:1px solid #dee0e3;padding:4px}' +
  '.btn{display:block;text-align:center;padding:12px;margin:12px 0;border-radius:8px;background:#1664ff;color:#fff;text-decoration:none}' +
  '.btn.alt{background:#fff;color:#1664ff;border:1px solid #1664ff}' +
  '.prods{margin:16px 0}.prods button{font:inherit;margin:0 8px 8px 0;padding:4px 12px;border:1px solid #1664ff;border-radius:16px;background:#fff;color:#1664ff}' +
  '.ack{color:#00a870;font-size:14px}.disc{margin-top:24px;padding:12px;background:#f5f6f7;border-radius:8px;font-size:13px;color:#646a73}' +
  '.note{font-size:12px;color:#8f959e;text-align:center;margin-top:16px}.gone{text-align:center;padding-top:30vh;color:#646a73}';

/**
 * Records visible time only: the clock runs while document.visibilityState is 'visible' and is flushed
 * by a heartbeat every 15 s, on hiding and on pagehide; each beat carries at most 20 s (the server caps
 * it again). Scroll depth milestones (25/50/75/100) and product clicks are sent as they happen.
 */
export const LANDING_SCRIPT = `(function(){var c=JSON.parse(document.getElementById('vl-c').textContent),m=document.cookie.match(/(?:^|; )vl_vid=([A-Za-z0-9_-]{16,32})/);if(!m)return;
var v=m[1],s=(Math.random().toString(36).slice(2,10)+Date.now().toString(36)).slice(0,24),acc=0,since=0,mx=0,ms=0,op=0,d=document;
function vis(){return d.visibilityState==='visible'}
function take(){var n=Date.now();if(since){acc+=n-since;since=vis()?n:0}var x=Math.min(acc,20000);acc=0;return x}
function send(t,e){var b={viewerId:v,sessionId:s,type:t,scrollDepth:mx,visibleMs:t==='open'?0:take()},k;for(k in e)b[k]=e[k];b=JSON.stringify(b);
if(navigator.sendBeacon&&navigator.sendBeacon(c.b,b))return;try{fetch(c.b,{method:'POST',body:b,keepalive:true,credentials:'same-origin',headers:{'Content-Type':'text/plain'}})}catch(x){}}
function open(){if(op||!vis())return;op=1;since=Date.now();send('open')}
function depth(){var e=d.documentElement,h=Math.max(e.scrollHeight-e.clientHeight,1);return Math.min(100,Math.round((window.pageYOffset||e.scrollTop)/h*100))}
function onScroll(){var p=depth();if(p>mx)mx=p;var q=Math.floor(mx/25)*25;if(q>ms){ms=q;send('scroll')}}
d.addEventListener('visibilitychange',function(){if(vis()){if(!op)open();else since=Date.now()}else if(op){send('heartbeat');since=0}});
window.addEventListener('pagehide',function(){if(op&&(since||acc))send('heartbeat')});
window.addEventListener('scroll',onScroll,{passive:true});
setInterval(function(){if(op&&vis())send('heartbeat')},15000);
d.addEventListener('click',function(e){var t=e.target,p=t&&t.getAttribute&&t.getAttribute('data-vl-product');if(p){send('click',{productCode:p});var a=d.getElementById('vl-ack');if(a)a.textContent='已收到，您的投资顾问会为您进一步介绍'}else if(t&&t.getAttribute&&t.getAttribute('data-vl-click'))send('click',{})});
mx=depth();open()})();`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Strict CSP: only the hashed inline style and script, images from this origin or https, media from this
 * origin, beacons to this origin; no framing, no forms, no base tag.
 */
export const LANDING_CSP = [
  "default-src 'none'",
  `script-src ${sha256(LANDING_SCRIPT)}`,
  `style-src ${sha256(LANDING_CSS)}`,
  "img-src 'self' https: data:",
  "media-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

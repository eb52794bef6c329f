// Service worker of the page "Granska din text" (written into site/ by
// kunskapsbank.webbgranskare, which fills in the version). It makes the page work offline
// after the first visit: the runtime files are served from the cache first (their
// version changes whenever one of them does), everything else from the network first,
// with the cache as a fallback. Only requests to the site itself are touched.
const CACHE = "granska-din-text-__VERSION__";

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (handelse) => {
  handelse.waitUntil(
    caches.keys()
      .then((namn) => Promise.all(namn
        .filter((n) => n.startsWith("granska-din-text-") && n !== CACHE)
        .map((n) => caches.delete(n))))
      .then(() => self.clients.claim()));
});

// The page sends the addresses it used once its runtime has loaded.
self.addEventListener("message", (handelse) => {
  const data = handelse.data || {};
  if (data.typ !== "behall" || !Array.isArray(data.adresser)) return;
  const egna = data.adresser.filter((a) => new URL(a, self.location.href).origin === self.location.origin);
  handelse.waitUntil(caches.open(CACHE).then((cache) => Promise.all(egna.map((a) =>
    cache.match(a).then((finns) => finns || cache.add(a).catch(() => undefined))))));
});

async function forstCache(fraga) {
  const cache = await caches.open(CACHE);
  const sparad = await cache.match(fraga);
  if (sparad) return sparad;
  const svar = await fetch(fraga);
  if (svar.ok) cache.put(fraga, svar.clone());
  return svar;
}

async function forstNatet(fraga) {
  const cache = await caches.open(CACHE);
  try {
    const svar = await fetch(fraga);
    if (svar.ok) cache.put(fraga, svar.clone());
    return svar;
  } catch (fel) {
    const sparad = await cache.match(fraga, { ignoreSearch: true });
    if (sparad) return sparad;
    throw fel;
  }
}

self.addEventListener("fetch", (handelse) => {
  const fraga = handelse.request;
  if (fraga.method !== "GET" || new URL(fraga.url).origin !== self.location.origin) return;
  handelse.respondWith(fraga.url.includes("/__MAPP__/") ? forstCache(fraga) : forstNatet(fraga));
});

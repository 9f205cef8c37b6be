// Production builds register public/sw.js (cache-first for the built assets), so the app works
// offline once loaded. Development does not: the dev server's modules must never come from a cache.
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    // Without a service worker the app still works online; there is nothing to tell the user.
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

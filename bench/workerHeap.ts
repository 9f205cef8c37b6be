// The engine worker's JavaScript heap after a full collection, read over the browser's CDP session:
// a dedicated worker is a target of its own, reached through Target.sendMessageToTarget (Playwright
// gives pages, not workers, a CDP session). Tells what the worker really holds from what its
// process has not yet given back (the renderer's resident memory).
import type { Browser, CDPSession } from 'playwright';

const MiB = 1024 * 1024;
let lastId = 0;

/** Sends one DevTools command to a target attached without flattening, and waits for its answer. */
function callOnTarget(cdp: CDPSession, sessionId: string, method: string): Promise<{ result?: { usedSize?: number } }> {
  const id = ++lastId;
  return new Promise((resolve) => {
    const onMessage = (e: { sessionId?: string; message: string }) => {
      const answer = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
      if (e.sessionId !== sessionId || answer.id !== id) return;
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      resolve(answer);
    };
    cdp.on('Target.receivedMessageFromTarget', onMessage);
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
}

/** The engine worker's heap after GC in MiB, or null when the page has no engine worker. */
export async function engineWorkerHeapMiB(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes('engine.worker'));
    if (!worker) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
    await callOnTarget(cdp, sessionId, 'HeapProfiler.collectGarbage');
    const usage = await callOnTarget(cdp, sessionId, 'Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return (usage.result?.usedSize ?? 0) / MiB;
  } finally {
    await cdp.detach();
  }
}

// Counts event listeners through the Chrome DevTools Protocol, so tests can check that
// nothing is left behind: on window, document and an element, and on every widget root in
// the heap, on the page or not (parked apps, and roots an app leaked, are detached).
export async function countListeners(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const count = async (expression) => {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    if (!result.objectId) return 0;
    return listenersOn(cdp, result.objectId, -1);
  };
  const counts = {
    window: await count("window"),
    document: await count("document"),
    element: await count(`document.querySelector(${JSON.stringify(selector)})`),
  };
  await cdp.detach();
  return counts;
}

async function listenersOn(cdp, objectId, depth) {
  const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId, depth });
  return listeners.length;
}

/**
 * After a garbage collection: every `[data-article-cards]` root still in the JS heap (found
 * with `Runtime.queryObjects`, so detached ones too), the listeners on the roots themselves
 * (Yew's) and on the nodes inside them (the cards' delegated listeners), and those on window
 * and document.
 */
export async function widgetListeners(page) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  const { result: prototype } = await cdp.send("Runtime.evaluate", { expression: "HTMLDivElement.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: prototype.objectId });
  const { result: roots } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.filter((div) => div.hasAttribute('data-article-cards')); }",
  });
  const { result: properties } = await cdp.send("Runtime.getProperties", { objectId: roots.objectId, ownProperties: true });
  const counts = { roots: 0, onRoots: 0, inside: 0 };
  for (const { name, value } of properties) {
    if (!/^\d+$/.test(name)) continue;
    const own = await listenersOn(cdp, value.objectId, 0);
    counts.roots += 1;
    counts.onRoots += own;
    counts.inside += (await listenersOn(cdp, value.objectId, -1)) - own;
  }
  const global = async (expression) => {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    return listenersOn(cdp, result.objectId, 0);
  };
  counts.window = await global("window");
  counts.document = await global("document");
  await cdp.detach();
  return counts;
}

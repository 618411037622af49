// Counts the event listeners registered on window, document and an element, through the
// Chrome DevTools Protocol, so tests can check that nothing is left behind.
export async function countListeners(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const count = async (expression) => {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    if (!result.objectId) return 0;
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId, depth: -1 });
    return listeners.length;
  };
  const counts = {
    window: await count("window"),
    document: await count("document"),
    element: await count(`document.querySelector(${JSON.stringify(selector)})`),
  };
  await cdp.detach();
  return counts;
}

// Injects floor.js into each page once it has loaded, as Closure Companion's worker injects its
// overlay (entrypoints/background/overlay-start.ts), so both pay the same isolated-world setup.
chrome.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.status !== 'complete' || !tab.url?.startsWith('http')) return;
  chrome.scripting.executeScript({ target: { tabId }, files: ['floor.js'] }).catch(() => undefined);
});

// About the least an extension that reads every note does on a case page: the text of every cell of
// every row, read once on arrival and once more whenever the page changes (Mosaic's and LCS's rows
// arrive after the load), and 17 plain items drawn in a shadow root. No profile, no words, no
// verdicts, no Preact: what it costs is a floor under the real extension, on the same machine and
// by the same trace (test/bench/main-thread.mjs), not a design to follow. Its panel is a fixed child
// of the body, not in the top layer as the extension's is (components/top-layer.ts): side by side,
// five visits each, the top layer cost it more at 1,000 notes (79 against 58 ms summed) and less at
// 5,000 (136 against 192), so its 5,000-note figure is if anything high.
(() => {
  const readCells = () =>
    Array.from(document.querySelectorAll('tr, [role=row]'), (row) =>
      Array.from(row.querySelectorAll('td, th, [role=cell], [role=gridcell], [role=columnheader]'), (cell) => cell.textContent.trim()),
    );
  const host = document.createElement('closure-companion');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = [
    ':host{all:initial}',
    '.panel{position:fixed;top:0;right:0;bottom:0;width:380px;overflow:auto;box-sizing:border-box;padding:12px 14px;background:#fff;border-left:2px solid #1d3b63;font:14px/1.45 system-ui,-apple-system,Segoe UI,Arial,sans-serif;z-index:2147483646}',
    'h2{margin:0;font-size:18px}',
    '.item{margin-bottom:8px;padding:8px 10px;border:1px solid #b1b4b6;border-left:5px solid #806000}',
    '.item p{margin:2px 0}',
  ].join('');
  const panel = document.createElement('section');
  panel.className = 'panel';
  // What the bench waits for (main-thread.mjs): the checklist shown.
  panel.dataset.pack = 'floor';
  const heading = document.createElement('h2');
  heading.textContent = 'Closure readiness';
  const rowsRead = document.createElement('p');
  panel.append(heading, rowsRead);
  for (let i = 1; i <= 17; i++) {
    const item = document.createElement('div');
    item.className = 'item';
    const title = document.createElement('p');
    title.textContent = `Checklist item ${i}`;
    const evidence = document.createElement('p');
    evidence.textContent = 'Not seen yet: whether the case closes straight after an assessment.';
    const link = document.createElement('a');
    link.href = '#';
    link.textContent = 'I have checked this';
    item.append(title, evidence, link);
    panel.append(item);
  }
  const read = () => (rowsRead.textContent = `${readCells().length} rows read`);
  read();
  root.append(style, panel);
  document.body.append(host);
  let timer;
  // Started after the panel is on the page; what the panel itself changes is in its shadow root, unobserved.
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(read, 100);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
})();

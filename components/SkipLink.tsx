/**
 * "Skip to closure checklist": the first thing the Tab key reaches on a case page, in its own
 * shadow root at the start of the page (the panel itself comes after the host's controls).
 * Hidden until focused.
 */
import { render } from 'preact';
import { t } from './i18n';
import { removeEarlierHosts, showOnTop } from './top-layer';

const CSS = `:host{all:initial}
a{position:fixed;top:8px;left:8px;z-index:2147483647;padding:8px 14px;font:600 15px/1.3 system-ui,-apple-system,'Segoe UI',Arial,sans-serif;color:#fff;background:#1d3b63;border:2px solid #fff;border-radius:4px;text-decoration:underline;transform:translateY(-200%)}
a:focus{transform:none;outline:3px solid #ffbf47;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
@media (forced-colors:active){a{border-color:CanvasText}}`;

/** Puts the skip link first in the page; returns how to take it away again. */
export function mountSkipLink(onSkip: () => void): () => void {
  // One left by an earlier copy of the extension (updated under this page) gives way.
  removeEarlierHosts(document, 'closure-companion-skip');
  const host = document.createElement('closure-companion-skip');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const app = document.createElement('div');
  shadow.append(style, app);
  (document.body ?? document.documentElement).prepend(host);
  showOnTop(host);
  render(
    <a
      href="#closure-checklist"
      onClick={(e) => {
        e.preventDefault();
        onSkip();
      }}
    >
      {t('skipToChecklist')}
    </a>,
    app,
  );
  return () => {
    render(null, app);
    host.remove();
  };
}

// Event Notes preview script: swaps the rendered body in place (keeping the scroll position), scrolls to the
// editor's line, and reports scrolling and double-clicks back to the extension.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  let state = vscode.getState() || {};
  let syncing = false;

  function blocks() {
    return Array.from(root.querySelectorAll('[data-line]'));
  }
  function lineAtTop() {
    let best = 0;
    for (const el of blocks()) {
      if (el.getBoundingClientRect().top > 4) break;
      best = Number(el.getAttribute('data-line'));
    }
    return best;
  }
  function scrollToLine(line) {
    let target;
    for (const el of blocks()) {
      if (Number(el.getAttribute('data-line')) > line) break;
      target = el;
    }
    if (target) {
      syncing = true;
      window.scrollTo({ top: window.scrollY + target.getBoundingClientRect().top - 8 });
      setTimeout(() => (syncing = false), 50);
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') {
      const y = window.scrollY;
      root.innerHTML = message.html;
      document.body.classList.toggle('site-style', message.style === 'site');
      window.scrollTo({ top: y });
      state = { ...state, uri: message.uri };
      vscode.setState(state);
      vscode.postMessage({ type: 'rendered', version: message.version });
    } else if (message.type === 'scroll') {
      scrollToLine(message.line);
    }
  });
  window.addEventListener('scroll', () => {
    if (!syncing) vscode.postMessage({ type: 'scrolled', line: lineAtTop() });
  }, { passive: true });
  document.addEventListener('dblclick', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (el) vscode.postMessage({ type: 'reveal', line: Number(el.getAttribute('data-line')) });
  });
  vscode.postMessage({ type: 'ready' });
})();

// Event Notes preview script: replaces the pieces of the page that changed (keeping the scroll position), scrolls to the
// editor's line, and reports scrolling and double-clicks back to the extension.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  // Remember which report is shown from the first render on, so a window reload restores this preview.
  let state = { ...(vscode.getState() || {}), uri: root.getAttribute('data-uri') || undefined };
  vscode.setState(state);
  // Where the page scrolls when it follows the editor: that scroll is not reported back as the user's.
  let followingTo;
  // A block scrolled to sits this far below the top, and still counts as the block at the top.
  const MARGIN = 8;

  function blocks() {
    return Array.from(root.querySelectorAll('[data-line]'));
  }
  function lineAtTop() {
    let best = 0;
    for (const el of blocks()) {
      if (el.getBoundingClientRect().top > MARGIN + 2) break;
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
      const bottom = document.documentElement.scrollHeight - window.innerHeight;
      const top = Math.max(0, Math.min(bottom, Math.round(window.scrollY + target.getBoundingClientRect().top - MARGIN)));
      if (Math.abs(top - window.scrollY) < 1) return;
      followingTo = top;
      window.scrollTo({ top });
    }
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'patch') {
      const y = window.scrollY;
      patch(message);
      document.body.classList.toggle('site-style', message.style === 'site');
      if (window.scrollY !== y) {
        followingTo = y;
        window.scrollTo({ top: y });
      }
      state = { ...state, uri: message.uri };
      vscode.setState(state);
      vscode.postMessage({ type: 'rendered', version: message.version });
    } else if (message.type === 'scroll') {
      scrollToLine(message.line);
    } else if (message.type === 'probe') {
      probe(message);
    }
  });
  // Replaces only the pieces that changed: the header, and body chunks by index (added or removed at the end).
  function patch(message) {
    const head = root.querySelector('[data-head]');
    const article = root.querySelector('article.report-body');
    if (!head || !article) return;
    if (typeof message.header === 'string') head.innerHTML = message.header;
    const pieces = () => article.querySelectorAll(':scope > .report-part');
    while (pieces().length > message.count) article.lastElementChild.remove();
    while (pieces().length < message.count) {
      const piece = document.createElement('div');
      piece.className = 'report-part';
      article.append('\n', piece);
    }
    const all = pieces();
    for (const [index, html] of message.parts) all[index].innerHTML = html;
  }
  function blockAt(line) {
    return blocks().find((el) => Number(el.getAttribute('data-line')) >= line);
  }
  // For integration tests: act as a user would (scroll, double-click), then report what the page shows.
  function probe(message) {
    if (typeof message.scrollToLine === 'number') {
      const el = blockAt(message.scrollToLine);
      if (el) window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top });
    }
    if (typeof message.doubleClickLine === 'number') {
      const el = blockAt(message.doubleClickLine);
      if (el) el.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    }
    requestAnimationFrame(() => vscode.postMessage({ type: 'probe', id: message.id, line: lineAtTop(), scrollY: window.scrollY, state: vscode.getState(), text: root.textContent }));
  }
  window.addEventListener('scroll', () => {
    if (followingTo !== undefined && Math.abs(window.scrollY - followingTo) <= 1) {
      followingTo = undefined;
      return;
    }
    followingTo = undefined;
    vscode.postMessage({ type: 'scrolled', line: lineAtTop() });
  }, { passive: true });
  document.addEventListener('dblclick', (event) => {
    const el = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (el) vscode.postMessage({ type: 'reveal', line: Number(el.getAttribute('data-line')) });
  });
  vscode.postMessage({ type: 'ready' });
})();

// The directory's "Filter results" disclosure starts closed, so that a phone shows the results
// first; on a screen wide enough for the filters beside the results, it opens.
export function initFilterPanel() {
  const panel = document.querySelector('[data-module="lo-filter-panel"]');
  if (panel && window.matchMedia("(min-width: 40.0625em)").matches) {
    panel.open = true;
  }
}

// The directory's "Filter results" disclosure starts closed, so that a phone shows the results
// first; on a screen wide enough for the filters beside the results, it opens.
export function initFilterPanel() {
  const panel = document.querySelector('[data-module="lo-filter-panel"]');
  if (panel && window.matchMedia("(min-width: 40.0625em)").matches) {
    panel.open = true;
  }
}

// After "Apply filters", a quick filter or a sort, the page comes back at the results (#results-heading):
// the heading takes the focus too, so a screen reader starts reading there.
export function initResultsLanding() {
  if (window.location.hash === "#results-heading") {
    const heading = document.getElementById("results-heading");
    if (heading) {
      heading.focus();
    }
  }
  const age = document.querySelector('[data-module="lo-quick-age"]');
  if (age) {
    const select = age.querySelector("select");
    const button = age.querySelector("button");
    if (button) {
      button.remove();
    }
    select.addEventListener("change", () => select.form.submit());
  }
}

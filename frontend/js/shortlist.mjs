// Shortlist buttons: without this file they are plain form posts that reload the page.
// With it, they save in the background and say what happened in place, for screen readers too.

function setState(form, onShortlist, count) {
  const button = form.querySelector("button");
  const status = form.querySelector(".lo-shortlist-status");
  const name = form.dataset.name;
  form.action = onShortlist ? form.dataset.removeUrl : form.dataset.addUrl;
  button.firstChild.textContent = onShortlist ? "Remove from shortlist" : "Add to shortlist";
  status.textContent = "";
  const text = document.createTextNode(
    onShortlist ? `${name} is on ` : `${name} is no longer on your shortlist. `,
  );
  status.appendChild(text);
  const link = document.createElement("a");
  link.className = "govuk-link";
  link.href = "/shortlist/";
  link.textContent = onShortlist ? `your shortlist (${count})` : "See your shortlist";
  status.appendChild(link);
}

async function submit(event) {
  const form = event.currentTarget;
  event.preventDefault();
  if (form.dataset.busy) return; // one request at a time; the button keeps focus meanwhile
  form.dataset.busy = "true";
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const result = await response.json();
    setState(form, result.on_shortlist, result.count);
  } catch {
    form.removeEventListener("submit", submit);
    form.submit(); // fall back to the plain form post
    return;
  } finally {
    delete form.dataset.busy;
  }
}

export function initShortlist(root = document) {
  root.querySelectorAll('[data-module="lo-shortlist"]').forEach((form) => {
    form.addEventListener("submit", submit);
  });
  root.querySelectorAll('[data-module="lo-print"]').forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  });
}

// Co-production and feedback enhancements. Without JavaScript each works as a plain link or form.

// The values video: nothing loads from the video site, and no cookie is set, until the person
// presses Play. Then the privacy-enhanced player replaces the link; the transcript stays.
export function initVideos(root = document) {
  root.querySelectorAll('[data-module="lo-video"][data-embed-url]').forEach((video) => {
    const consent = video.querySelector(".lo-video__consent");
    const fallback = video.querySelector(".lo-video__fallback");
    const play = video.querySelector(".lo-video__play");
    if (!consent || !play) return;
    consent.hidden = false;
    play.addEventListener("click", () => {
      const frame = document.createElement("iframe");
      frame.src = video.dataset.embedUrl;
      frame.title = video.dataset.title || "Video";
      frame.className = "lo-video__frame";
      frame.allow = "autoplay; encrypted-media; picture-in-picture";
      frame.allowFullscreen = true;
      frame.referrerPolicy = "strict-origin-when-cross-origin";
      consent.replaceWith(frame);
      if (fallback) fallback.classList.add("govuk-!-margin-top-2");
      frame.focus();
    });
  });
}

async function post(form, extra) {
  const body = new FormData(form);
  Object.entries(extra || {}).forEach(([key, value]) => body.set(key, value));
  const response = await fetch(form.action, {
    method: "POST",
    body,
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

// "Is this page useful?" answered in place: Yes thanks the person; No opens the optional box.
export function initPageUseful(root = document) {
  root.querySelectorAll('[data-module="lo-page-useful"]').forEach((widget) => {
    const vote = widget.querySelector(".lo-page-useful__vote");
    const comment = widget.querySelector(".lo-page-useful__comment");
    const thanks = widget.querySelector(".lo-page-useful__thanks");
    const title = widget.querySelector(".lo-page-useful__title");
    if (!vote || !comment || !thanks) return;

    const finish = (message) => {
      vote.hidden = true;
      comment.hidden = true;
      if (title) title.hidden = true;
      thanks.textContent = message;
      thanks.focus();
    };
    const fallBack = (form, submitter) => {
      // Anything unexpected: send the plain form as if JavaScript were off.
      if (submitter) {
        const hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = submitter.name;
        hidden.value = submitter.value;
        form.appendChild(hidden);
      }
      form.submit();
    };

    vote.addEventListener("submit", async (event) => {
      event.preventDefault();
      const submitter = event.submitter;
      const useful = submitter ? submitter.value : "yes";
      try {
        const result = await post(vote, { useful });
        if (useful === "yes") {
          finish("Thank you for your feedback.");
        } else {
          comment.querySelector('input[name="token"]').value = result.token || "";
          vote.hidden = true;
          comment.hidden = false;
          comment.querySelector("textarea").focus();
        }
      } catch {
        fallBack(vote, submitter);
      }
    });

    comment.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!comment.querySelector("textarea").value.trim()) {
        finish("Thank you for your feedback.");
        return;
      }
      let result;
      try {
        result = await post(comment);
      } catch {
        fallBack(comment);
        return;
      }
      finish("Thank you for your feedback. We use it to improve our pages.");
      if (result.crisis) {
        // Words of crisis in the comment: the urgent help the server rendered comes first, and is read first.
        thanks.insertAdjacentHTML("beforebegin", result.crisis);
        const panel = widget.querySelector("#crisis-panel-comment");
        if (panel) {
          panel.setAttribute("tabindex", "-1");
          panel.focus();
        }
      }
    });
  });
}

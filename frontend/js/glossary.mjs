// Glossary terms in staff-written text: each term's link becomes a button that shows its
// definition in place (a disclosure). It stays an inline element so that long terms wrap
// with the sentence. Without JavaScript the link leads to the term in the A to Z.
export function initGlossaryTerms(scope = document) {
  scope.querySelectorAll(".lo-term").forEach((term) => {
    const toggle = term.querySelector(".lo-term__link");
    const definition = term.querySelector(".lo-term__definition");
    if (!toggle || !definition || !definition.id) return;

    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-expanded", "false");
    toggle.setAttribute("aria-controls", definition.id);
    toggle.classList.add("lo-term__toggle");

    const show = (open) => {
      toggle.setAttribute("aria-expanded", String(open));
      definition.hidden = !open;
    };
    const flip = (event) => {
      event.preventDefault();
      show(toggle.getAttribute("aria-expanded") !== "true");
    };
    toggle.addEventListener("click", flip);
    toggle.addEventListener("keydown", (event) => {
      if (event.key === " ") flip(event);
      if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") show(false);
    });
  });
}

// Glossary terms in staff-written text: turn each term's link into a button that shows
// its definition in place (a disclosure). Without JavaScript the link leads to the A to Z.
export function initGlossaryTerms(scope = document) {
  scope.querySelectorAll(".lo-term").forEach((term) => {
    const link = term.querySelector(".lo-term__link");
    const definition = term.querySelector(".lo-term__definition");
    if (!link || !definition || !definition.id) return;

    const button = document.createElement("button");
    button.type = "button";
    button.className = "lo-term__toggle";
    button.textContent = link.textContent;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", definition.id);
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      definition.hidden = !open;
    });
    link.replaceWith(button);
  });
}

// Radios that reveal more questions under the chosen option (coproduction.forms.RadiosWithReveal).
// GOV.UK Frontend's radios script does this too, but it also puts aria-expanded on the radios,
// which ARIA does not allow on a radio (axe reports it; alphagov/govuk-frontend#979). The
// revealed questions come straight after their option, so they are found in reading order.
// Without this script every revealed question is shown.
export function initRevealRadios() {
  document.querySelectorAll('[data-module="lo-reveal-radios"]').forEach((group) => {
    const inputs = [...group.querySelectorAll('input[type="radio"]')];
    const sync = () => {
      inputs.forEach((input) => {
        const target = input.hasAttribute("aria-controls")
          ? document.getElementById(input.getAttribute("aria-controls"))
          : null;
        if (target) target.classList.toggle("govuk-radios__conditional--hidden", !input.checked);
      });
    };
    group.addEventListener("change", sync);
    sync();
  });
}

// Progressive enhancement only: every page works without this file.
import { initAll } from "govuk-frontend";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

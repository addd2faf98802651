// Progressive enhancement only: every page works without this file.
import { initAll } from "govuk-frontend";

import { initPageUseful, initVideos } from "./coproduction.mjs";
import { initFilterPanel, initResultsLanding } from "./filters.mjs";
import { initGlossaryTerms } from "./glossary.mjs";
import { initRevealRadios } from "./reveal.mjs";
import { initShortlist } from "./shortlist.mjs";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
initFilterPanel();
initResultsLanding();
initGlossaryTerms();
initRevealRadios();
initShortlist();
initVideos();
initPageUseful();

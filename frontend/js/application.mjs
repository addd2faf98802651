// Progressive enhancement only: every page works without this file.
import { initAll } from "govuk-frontend";

import { initShortlist } from "./shortlist.mjs";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
initShortlist();

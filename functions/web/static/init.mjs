// GOV.UK Frontend's behaviour (the error summary takes focus, buttons resist double clicks): the
// pages work without it, and better with it.
import { initAll } from '/javascripts/govuk-frontend.min.js';

initAll();

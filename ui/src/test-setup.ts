// Registers Testing Library's cleanup after each test.
import "@testing-library/svelte/vitest";
import { afterEach, beforeEach } from "vitest";
import { session } from "$lib/session.svelte";
import { signedInAs } from "$lib/testing/session";

// jsdom has no layout: scrolling is a no-op there, and the list calls it on a new query.
if (!Element.prototype.scrollTo) Element.prototype.scrollTo = () => {};

// Every test starts as a fresh register's administrator, who may do everything (as the app and
// its e2e journeys do); a test of what a role may not do signs in someone else.
beforeEach(() => {
  session.signedIn(signedInAs("administrator", {}, false));
});

afterEach(() => {
  localStorage.clear();
});

// Registers Testing Library's cleanup after each test.
import "@testing-library/svelte/vitest";
import { afterEach } from "vitest";

// jsdom has no layout: scrolling is a no-op there, and the list calls it on a new query.
if (!Element.prototype.scrollTo) Element.prototype.scrollTo = () => {};

afterEach(() => {
  localStorage.clear();
});

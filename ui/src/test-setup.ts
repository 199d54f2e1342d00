// jsdom has no localStorage persistence between tests; start each test from a clean slate.
import { afterEach } from "vitest";

afterEach(() => {
  localStorage.clear();
});

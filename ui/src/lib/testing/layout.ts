import { afterAll, beforeAll } from "vitest";

/**
 * jsdom lays nothing out, so a virtualised table's scroll area has no height and places no rows.
 * Gives every element `px` of height for the test file's run, and restores jsdom's afterwards.
 */
export function giveElementsHeight(px = 400): void {
  const height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetHeight");
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetHeight", {
      configurable: true,
      get: () => px,
    });
  });
  afterAll(() => {
    if (height) Object.defineProperty(HTMLElement.prototype, "offsetHeight", height);
  });
}

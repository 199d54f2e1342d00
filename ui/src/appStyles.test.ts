import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const css = readFileSync(join(process.cwd(), "src/app.css"), "utf8");

// jsdom has no layout and does not cascade style sheets into getComputedStyle: the value a
// property takes is worked out here from the sheet's rules, by specificity and then order.

function specificity(selector: string): number {
  const s = selector.replace(/::[\w-]+/g, "");
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[[^\]]*\]|:[\w-]+/g) ?? []).length;
  const types = (s.replace(/\[[^\]]*\]/g, "").match(/(^|[\s>+~(])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

/** The value `prop` takes on `el` from the app's style sheet; "" when no rule sets it. */
function declared(el: Element, prop: string): string {
  let best = { weight: -1, value: "" };
  const rules = [...(document.styleSheets[0].cssRules as unknown as Iterable<CSSRule>)];
  for (const rule of rules) {
    if (!(rule instanceof CSSStyleRule)) continue;
    const value = rule.style.getPropertyValue(prop);
    if (!value) continue;
    for (const selector of rule.selectorText.split(",").map((x) => x.trim())) {
      if (!el.matches(selector)) continue;
      const weight = specificity(selector);
      if (weight >= best.weight) best = { weight, value };
    }
  }
  return best.value;
}

beforeAll(() => {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
});

describe("tick boxes", () => {
  it("keep their own size instead of stretching like a text field", () => {
    document.body.innerHTML = `<label class="check"><input type="checkbox" />
      Boshqa agentlik tomonidan berilgan</label><input type="text" /><input type="radio" />`;
    const box = document.querySelector('input[type="checkbox"]')!;
    const radio = document.querySelector('input[type="radio"]')!;
    const field = document.querySelector('input[type="text"]')!;
    expect(declared(field, "width")).toBe("100%");
    for (const el of [box, radio]) {
      expect(declared(el, "width")).toBe("auto");
      expect(declared(el, "min-height")).toBe("0px");
      expect(declared(el, "flex")).toMatch(/^(none|0 0 auto)$/);
    }
  });

  it("sit beside their words, which wrap within the row", () => {
    document.body.innerHTML = `<label class="check"><input type="checkbox" /> words</label>`;
    const label = document.querySelector("label")!;
    expect(declared(label, "display")).toBe("flex");
    expect(declared(label, "align-items")).toBe("flex-start");
    expect(declared(label, "min-width")).toBe("0px");
    expect(declared(label, "white-space")).toBe("");
  });
});

describe("status lines", () => {
  it("colour a done line the calm green everywhere", () => {
    document.body.innerHTML = `<p class="ok">Saved</p><p class="muted">Later</p>`;
    expect(declared(document.querySelector(".ok")!, "color")).toBe("var(--ok)");
    expect(declared(document.querySelector(".muted")!, "color")).toBe("var(--muted)");
  });
});

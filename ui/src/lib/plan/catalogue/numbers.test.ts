import { describe, expect, it } from "vitest";
import { isHours, isSeats, numberToText, parseNumber } from "./numbers";

describe("parseNumber", () => {
  it("reads blank as null", () => {
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("   ")).toBeNull();
  });

  it("reads digits, a decimal comma or dot, and grouped thousands", () => {
    expect(parseNumber("24")).toBe(24);
    expect(parseNumber(" 7,5 ")).toBe(7.5);
    expect(parseNumber("7.25")).toBe(7.25);
    expect(parseNumber("1 200")).toBe(1200);
    expect(parseNumber("1\u00a0200")).toBe(1200);
    expect(parseNumber(".5")).toBe(0.5);
  });

  it("gives NaN for what is not a number", () => {
    expect(parseNumber("abc")).toBeNaN();
    expect(parseNumber("12h")).toBeNaN();
    expect(parseNumber("1,2,3")).toBeNaN();
    expect(parseNumber("1e3")).toBeNaN();
  });
});

describe("ranges", () => {
  it("accepts hours from 0 to 10000", () => {
    expect(isHours(0)).toBe(true);
    expect(isHours(10_000)).toBe(true);
    expect(isHours(-1)).toBe(false);
    expect(isHours(10_000.5)).toBe(false);
    expect(isHours(Number.NaN)).toBe(false);
  });

  it("accepts whole seats from 1", () => {
    expect(isSeats(1)).toBe(true);
    expect(isSeats(0)).toBe(false);
    expect(isSeats(2.5)).toBe(false);
    expect(isSeats(Number.NaN)).toBe(false);
  });

  it("writes numbers back for editing", () => {
    expect(numberToText(null)).toBe("");
    expect(numberToText(undefined)).toBe("");
    expect(numberToText(7.5)).toBe("7.5");
    expect(numberToText(0)).toBe("0");
  });
});

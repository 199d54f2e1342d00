import { describe, expect, it } from "vitest";
import type { ApiError } from "$lib/api/error";
import { itemField, placeItemError } from "./nested";

const refused = (field: string): ApiError => ({
  code: "invalid",
  field,
  reason: { key: "end_not_after_start" },
});

describe("an item's refusal in a list sent whole", () => {
  it("reads list, position (from 1) and field", () => {
    expect(itemField("programme.2.starts_local")).toEqual({
      list: "programme",
      n: 2,
      field: "starts_local",
    });
    expect(itemField("planned_end")).toBeNull();
    expect(itemField(undefined)).toBeNull();
  });

  it("lands beside the form's field only when it is about the form's item", () => {
    const fields = ["starts_local", "ends_local"] as const;
    expect(placeItemError(refused("legs.2.ends_local"), "legs", 1, fields)).toEqual({
      field: "ends_local",
      error: { reason: { key: "end_not_after_start" } },
    });
    expect(placeItemError(refused("legs.1.ends_local"), "legs", 1, fields)).toBeNull();
    expect(placeItemError(refused("lodging.2.ends_local"), "legs", 1, fields)).toBeNull();
    expect(placeItemError(refused("legs.2.mode"), "legs", 1, fields)).toBeNull();
    expect(
      placeItemError(refused("legs.2.mode"), "legs", 1, fields, { mode: "starts_local" }),
    ).toEqual({
      field: "starts_local",
      error: { reason: { key: "end_not_after_start" } },
    });
  });
});

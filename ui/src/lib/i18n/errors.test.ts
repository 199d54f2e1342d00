import { describe, expect, it } from "vitest";
import { describeError, describeReason, fieldName } from "./errors";
import { setLocale } from "./index.svelte";

describe("a visit's refusals in words", () => {
  it("names a visit's status, the host's answer and days in the current language", () => {
    setLocale("en");
    expect(describeReason({ key: "amendment_reason_required", status: "under_way" })).toBe(
      "The visit is “Under way”: say why it changes (the change is kept as an amendment).",
    );
    expect(describeReason({ key: "host_not_accepted", host: "pending" })).toContain(
      "“Awaiting the host”",
    );
    expect(
      describeReason({
        key: "outside_visit_dates",
        when: "2027-04-17T10:00",
        from: "2027-04-12",
        to: "2027-04-16",
      }),
    ).toBe("17 April 2027 10:00 is outside the visit’s days, 12 April 2027 – 16 April 2027.");
    setLocale("ru");
    expect(describeReason({ key: "amendment_reason_required", status: "confirmed" })).toContain(
      "«Подтверждён»",
    );
  });

  it("names an item of a list by its list and position", () => {
    setLocale("en");
    expect(fieldName("programme.2.starts_local")).toBe("Starts (Programme, item 2)");
    expect(fieldName("legs.1.arrives_local")).toBe("Arrives (Journey, item 1)");
    expect(fieldName("planned_end")).toBe("Planned end");
    expect(fieldName("nothing.1.known")).toBeNull();
    expect(
      describeError({
        code: "invalid",
        field: "legs.1.arrives_local",
        reason: { key: "arrives_before_departure", departs: "2027-04-12T08:00 Asia/Tashkent" },
      }),
    ).toBe(
      "Arrives (Journey, item 1): The leg arrives before it departs (2027-04-12T08:00 Asia/Tashkent).",
    );
  });
});

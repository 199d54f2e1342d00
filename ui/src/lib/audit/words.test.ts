import { describe, expect, it } from "vitest";
import { t, setLocale } from "$lib/i18n/index.svelte";
import {
  auditActionKey,
  auditActionLabel,
  auditEntityLabel,
  labelledChoices,
  recordRoute,
} from "./words";

describe("the audit log's codes in words", () => {
  it("words the actions the catalogue knows, in the UI's language", () => {
    setLocale("en");
    expect(auditActionLabel("person.update", t)).toBe("Person edited");
    expect(auditActionLabel("certificate.revoke", t)).toBe("Certificate revoked");
    setLocale("ru");
    expect(auditActionLabel("person.update", t)).toBe("Изменены данные сотрудника");
    setLocale("en");
  });

  it("shows a code it does not know as it is", () => {
    expect(auditActionKey("robot.dance")).toBeNull();
    expect(auditActionLabel("robot.dance", t)).toBe("robot.dance");
    expect(auditEntityLabel("spaceship", t)).toBe("spaceship");
    // Only whole codes: a prefix of a key is not one.
    expect(auditActionKey("person")).toBeNull();
  });

  it("words every action the register records today", () => {
    const codes = [
      "account.create",
      "account.update",
      "account.password",
      "account.password_reset",
      "account.token_create",
      "account.token_revoke",
      "activity.create",
      "activity.status",
      "activity.update",
      "attendance.mark",
      "certificate.issue",
      "certificate.reissue",
      "certificate.revoke",
      "completion.assessment",
      "completion.rule",
      "database.backup",
      "database.move",
      "database.restore",
      "enrolment.approve",
      "enrolment.cancel",
      "enrolment.create",
      "enrolment.decline",
      "enrolment.nominate",
      "enrolment.promote",
      "export.audit",
      "export.internships",
      "export.participants",
      "export.report",
      "export.revocations",
      "export.schedule",
      "export.visits",
      "internship.create",
      "internship.days",
      "internship.evaluation",
      "internship.report",
      "internship.status",
      "internship.update",
      "internship.week",
      "organisation.create",
      "organisation.logo",
      "organisation.update",
      "person.create",
      "person.import",
      "person.update",
      "print.certificates",
      "print.evaluation_form",
      "print.sign_in_sheet",
      "print.transcript",
      "print.visit",
      "programme.archive",
      "programme.create",
      "programme.restore",
      "programme.update",
      "session.cancel",
      "session.conflict_override",
      "session.create",
      "session.move",
      "signing_key.create",
      "signing_key.protect",
      "signing_key.retire",
      "trainer.create",
      "trainer.update",
      "venue.create",
      "venue.update",
      "visit.create",
      "visit.host",
      "visit.member_add",
      "visit.member_remove",
      "visit.member_update",
      "visit.programme",
      "visit.report",
      "visit.status",
      "visit.travel",
      "visit.update",
      "visit.visa",
    ];
    expect(codes.filter((c) => auditActionKey(c) === null)).toEqual([]);
  });

  it("sorts a select's choices by their words", () => {
    setLocale("en");
    const compare = new Intl.Collator("en").compare;
    const choices = labelledChoices(
      ["person.update", "certificate.revoke", "zz.unknown"],
      (c) => auditActionLabel(c, t),
      compare,
    );
    expect(choices.map((c) => c.id)).toEqual(["certificate.revoke", "person.update", "zz.unknown"]);
    expect(choices[0].label).toBe("Certificate revoked");
  });

  it("opens the records that have a page of their own", () => {
    expect(recordRoute("person", "p1")).toEqual({ name: "person", id: "p1" });
    expect(recordRoute("activity", "a1")).toEqual({ name: "activity", id: "a1" });
    expect(recordRoute("visit", "v1")).toEqual({ name: "visit", id: "v1" });
    expect(recordRoute("internship", "i1")).toEqual({ name: "internship", id: "i1" });
    expect(recordRoute("person", null)).toBeNull();
    expect(recordRoute("certificate", "c1")).toBeNull();
  });
});

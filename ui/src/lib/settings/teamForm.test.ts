import { describe, expect, it } from "vitest";
import { TEAM } from "$lib/testing/desk";
import { check, place, serverName, start, toTeam } from "./teamForm";

describe("team database form", () => {
  it("starts empty on the usual port, encrypted, or from the saved settings without a password", () => {
    expect(start(null)).toEqual({
      host: "",
      port: "5432",
      database: "",
      user: "",
      tls: true,
      password: "",
      remember: true,
    });
    expect(start({ ...TEAM, port: 6432, tls: false }, false)).toMatchObject({
      host: "db.agency.uz",
      port: "6432",
      tls: false,
      password: "",
      remember: false,
    });
  });

  it("asks for every setting and a port Rust can read, and sends them trimmed", () => {
    expect(Object.keys(check(start(null))).sort()).toEqual(["database", "host", "user"]);
    const typed = { ...start(TEAM), host: " db.agency.uz ", user: "karimova " };
    expect(check(typed)).toEqual({});
    expect(toTeam(typed)).toEqual(TEAM);
    for (const port of ["0", "65536", "54.32", "port", "-1"]) {
      expect(check({ ...typed, port }).port, port).toEqual({
        key: "team.portRange",
        params: { max: 65535 },
      });
    }
    expect(check({ ...typed, port: " " }).port).toEqual({ key: "validation.required" });
    expect(toTeam({ ...typed, port: " 6432 " }).port).toBe(6432);
  });

  it("names the server as Rust does, and places a refusal beside its field", () => {
    expect(serverName(TEAM)).toBe("karimova@db.agency.uz:5432/malaka");
    expect(place({ code: "invalid", field: "port", reason: { key: "required" } })?.field).toBe(
      "port",
    );
    expect(place({ code: "refused", reason: { key: "server_keeps_backups" } })).toBeNull();
  });
});

import type { Plural } from "../types";

/** `team.*`: which register this desk works on, and a team database's settings (Settings, and the connect screen's form); spread into each locale's catalogue. */
export const enTeam = {
  "team.title": "Team database",
  "team.intro":
    "Several desks can work on one register kept in a PostgreSQL database on a server. Each person connects with their own server login.",
  "team.currentFile": "This desk keeps its own register: {file}",
  "team.currentTeamTls": "Team database: {server} (TLS on)",
  "team.currentTeamPlain": "Team database: {server} (TLS off)",
  "team.host": "Server",
  "team.hostHint": "Its name or address, such as db.agency.uz",
  "team.port": "Port",
  "team.portRange": "A port is a whole number from 1 to {max}.",
  "team.database": "Database",
  "team.user": "User",
  "team.userHint": "Your own login on the server.",
  "team.password": "Password",
  "team.tls": "Encrypted connection (TLS)",
  "team.remember": "Remember the password in this computer’s keyring",
  "team.noKeyring":
    "This computer has no keyring to keep the password in, so Malaka will ask for it at each start.",
  "team.test": "Test connection",
  "team.testing": "Testing…",
  "team.connect": "Connect this desk",
  "team.connecting": "Connecting…",
  "team.opening": "Opening…",
  "team.probe.connected": "Connected: PostgreSQL {version}.",
  "team.probe.ready": "The register on it is ready: this desk can connect.",
  "team.probe.empty":
    "The database is empty: move this register onto it, or ask its owner to prepare it.",
  "team.probe.behind":
    "It was prepared by an older version of Malaka: its owner must update it (malaka team init).",
  "team.moveTitle": "Move this register to the server",
  "team.moveHint":
    "Copies the whole register in this desk’s file into the team database above, which must be empty. The file itself stays as it is.",
  "team.move": "Move to the server…",
  "team.moveQuestion": "Copy the whole register to {server}?",
  "team.moveEmpty":
    "Everything in this desk’s register is copied in one go and checked table by table; the database on the server must be empty.",
  "team.moveFileStays":
    "This desk’s file is not changed: the desk keeps working on it until you switch it to the team database.",
  "team.moveTime": "On a large register this takes a few minutes.",
  "team.moveConfirm": "Copy the register",
  "team.moving": "Copying and checking…",
  "team.moveKeep": "Do not move",
  "team.moved": "The register was copied to {server} and checked, table by table.",
  "team.col.table": "Table",
  "team.col.rows": "Rows",
  "team.col.total": "In all",
  "team.switchHint":
    "This desk still works on its file. Switch it to the team database so that every desk works on the one register.",
  "team.switch": "Switch this desk to the team database",
  "team.useFileTitle": "This desk’s own register",
  "team.useFileHint":
    "Work on this desk’s own file ({file}) again. The team database settings and the kept password are forgotten on this desk; the register on the server is not changed.",
  "team.useFile": "Use this desk’s own register instead",
} as const satisfies Record<string, string | Plural>;

import type { Plural } from "../types";

/** `connect.*`: the screen shown at start when the team database did not open; spread into each locale's catalogue. */
export const enConnect = {
  "connect.title": "Connect to the team database",
  "connect.server": "This desk works on the team database {server}.",
  "connect.failed": "The team database did not open.",
  "connect.needsPassword": "Enter your password on the server to connect.",
  "connect.connect": "Connect",
  "connect.changeSettings": "Change the server settings",
  "connect.useFile": "Open this desk’s own register",
  "connect.useFileHint":
    "For this run only: at the next start Malaka tries the team database again.",
} as const satisfies Record<string, string | Plural>;

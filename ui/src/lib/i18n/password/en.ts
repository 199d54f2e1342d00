import type { Plural } from "../types";

/** `password.*`: the signed-in user's own password in Settings; spread into each locale's catalogue. */
export const enPassword = {
  "password.title": "My password",
  "password.intro": "The password you sign in with. Choose one that others cannot guess.",
  "password.introNone":
    "Your account has no password yet, so this register opens without signing in. Set one before adding accounts for others.",
  "password.current": "Current password",
  "password.new": "New password",
  "password.newHint": "At least {min} characters.",
  "password.again": "New password again",
  "password.change": "Change password",
  "password.set": "Set password",
  "password.saved": "Your password was changed.",
} as const satisfies Record<string, string | Plural>;

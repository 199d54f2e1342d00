import type { Plural } from "../types";

/** `signin.*`: the sign-in screen and signing out; spread into each locale's catalogue. */
export const enSignin = {
  "signin.title": "Sign in",
  "signin.intro": "Sign in with the login and password your administrator gave you.",
  "signin.login": "Login",
  "signin.password": "Password",
  "signin.submit": "Sign in",
  "signin.submitting": "Signing in…",
  "signin.missing": "Enter your login and password.",
  "signin.forgot": "Forgot your password? An administrator can set a new one for you.",
  "signin.signOut": "Sign out",
} as const satisfies Record<string, string | Plural>;

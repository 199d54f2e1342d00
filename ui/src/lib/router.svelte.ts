import type { Action } from "$lib/api/types";

/** Every screen the app can show; a person's screens carry the person's id, a roll its session's. */
export type Route =
  | { name: "people" }
  | { name: "person"; id: string }
  | { name: "person-new" }
  | { name: "person-edit"; id: string }
  | { name: "import" }
  | { name: "organisations" }
  | { name: "plan" }
  | { name: "activities" }
  | { name: "programmes" }
  | { name: "activity"; id: string }
  | { name: "activity-new"; programmeId?: string }
  | { name: "activity-edit"; id: string }
  | { name: "attendance" }
  | { name: "roll"; sessionId: string }
  | { name: "activity-attendance"; activityId: string }
  | { name: "mobility" }
  | { name: "visit"; id: string }
  | { name: "internship"; id: string }
  | { name: "certificates" }
  | { name: "reports" }
  | { name: "settings" };

export type Section =
  | "people"
  | "organisations"
  | "plan"
  | "mobility"
  | "attendance"
  | "certificates"
  | "reports"
  | "settings";

export const SECTIONS: readonly Section[] = [
  "people",
  "organisations",
  "plan",
  "mobility",
  "attendance",
  "certificates",
  "reports",
  "settings",
];

/** The navigation item a route belongs to, so a person's page keeps "People" highlighted. */
export function sectionOf(route: Route): Section {
  switch (route.name) {
    case "person":
    case "person-new":
    case "person-edit":
    case "import":
      return "people";
    case "activities":
    case "programmes":
    case "activity":
    case "activity-new":
    case "activity-edit":
      return "plan";
    case "roll":
    case "activity-attendance":
      return "attendance";
    case "visit":
    case "internship":
      return "mobility";
    default:
      return route.name;
  }
}

/**
 * What a screen that only changes things needs the role to allow, or null for one everybody
 * reads (the buttons that lead to these are hidden from who may not).
 */
export function routeAction(route: Route): Action | null {
  switch (route.name) {
    case "person-new":
    case "person-edit":
    case "import":
      return "person_edit";
    case "activity-new":
    case "activity-edit":
      return "plan_edit";
    default:
      return null;
  }
}

// An in-app router: a desktop window has no address bar, so a $state value is all it needs.
export const router = $state<{ route: Route }>({ route: { name: "people" } });

export function go(route: Route): void {
  router.route = route;
}

// Dashboards for tests: a busy year and a new register with nothing in it, each with its
// completion (asked apart).
import type { Dashboard, DashboardCompletion } from "$lib/api/dashboard";

const months = (year: number, f: (m: number) => [number, number]) =>
  Array.from({ length: 12 }, (_, i) => {
    const [issued, revoked] = f(i + 1);
    return { month: `${year}-${String(i + 1).padStart(2, "0")}`, issued, revoked };
  });

/** A register's dashboard for `year` with figures in every part. */
export function busyDashboard(year = 2026): Dashboard {
  return {
    year,
    hours: { this_year: 12345.5, last_year: 10000 },
    people: { this_year: 1200, last_year: 1500 },
    hours_by_month: [100, 200, 1500.5, 300, 0, 0, 0, 0, 2000, 4000, 3000, 1245],
    certificates: months(year, (m) => [m * 10, m === 3 ? 2 : 0]),
    top_programmes: [
      { id: "p1", title: "Davlat xaridlari toʻgʻrisidagi qonunchilik", hours: 5000, people: 400 },
      { id: "p2", title: "Public finance", hours: 2500.5, people: 210 },
    ],
    open_activities: [
      {
        id: "a1",
        title: "Budget planning",
        kind: "seminar",
        starts_on: `${year}-11-02`,
        ends_on: `${year}-11-04`,
        capacity: 30,
        enrolled: 12,
        free: 18,
      },
      {
        id: "a2",
        title: "Open lecture",
        kind: "conference",
        starts_on: `${year}-12-01`,
        ends_on: `${year}-12-01`,
        capacity: null,
        enrolled: 1234,
        free: null,
      },
    ],
  };
}

/** A new register: nothing this year, last year or coming. */
export function emptyDashboard(year = 2026): Dashboard {
  return {
    year,
    hours: { this_year: 0, last_year: 0 },
    people: { this_year: 0, last_year: 0 },
    hours_by_month: Array(12).fill(0),
    certificates: months(year, () => [0, 0]),
    top_programmes: [],
    open_activities: [],
  };
}

/** The busy year's completion: 870 of 1,000 places decided completed. */
export function busyCompletion(year = 2026): DashboardCompletion {
  return { year, completed: 870, not_completed: 130, completion_rate: 87 };
}

/** No place decided in the year. */
export function emptyCompletion(year = 2026): DashboardCompletion {
  return { year, completed: 0, not_completed: 0, completion_rate: null };
}

import { vi, type Mock } from "vitest";

/**
 * The stand-ins a test keeps for the calls it fakes: one `vi.fn()` a name. Made inside
 * `vi.hoisted` (through a dynamic import, as hoisted code runs before the file's imports), so the
 * `vi.mock` factories can reach them.
 */
export function mockFns<const N extends string>(...names: N[]): Record<N, Mock> {
  return Object.fromEntries(names.map((name) => [name, vi.fn()])) as Record<N, Mock>;
}

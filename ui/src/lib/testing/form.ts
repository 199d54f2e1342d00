import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { expect } from "vitest";

/** Types `value` into the field with test id `testid`, as a user would. */
export async function fill(testid: string, value: string): Promise<void> {
  await fireEvent.input(screen.getByTestId(testid), { target: { value } });
}

/** What the input (or select) with test id `testid` holds now. */
export const valueOf = (testid: string): string =>
  (screen.getByTestId(testid) as HTMLInputElement).value;

/** Presses Save on the form with test ids `<prefix>…` and waits for it to close, saved. */
export async function saveAndClose(prefix: string): Promise<void> {
  await fireEvent.click(screen.getByTestId(`${prefix}save`));
  await waitFor(() => expect(screen.queryByTestId(`${prefix}form`)).toBeNull());
}

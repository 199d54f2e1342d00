/**
 * After a refused save, puts the cursor on the first field marked invalid (inside the element
 * with `formTestId`, or anywhere), once the errors are rendered.
 */
export function focusFirstInvalid(formTestId?: string): void {
  const scope = formTestId ? `[data-testid='${formTestId}'] ` : "";
  queueMicrotask(() =>
    document.querySelector<HTMLElement>(`${scope}[aria-invalid='true']`)?.focus(),
  );
}

import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Progress } from "$lib/api/types";
import { setLocale } from "$lib/i18n/index.svelte";
import JobProgress from "./JobProgress.svelte";

const api = vi.hoisted(() => ({ cancel: vi.fn() }));
vi.mock("$lib/api/job", () => ({
  jobCancel: (jobId: string) => api.cancel(jobId),
}));

const bar = () => screen.getByTestId("cert-batch-progress").querySelector("progress")!;
const text = () => screen.getByTestId("cert-batch-text").textContent?.trim();
const cancelButton = () => screen.getByTestId("cert-batch-cancel") as HTMLButtonElement;

beforeEach(() => {
  setLocale("en");
  api.cancel.mockReset().mockResolvedValue(true);
});

describe("a batch's progress", () => {
  it("is indeterminate until the first message, then counts in the locale's numbers", async () => {
    const { rerender } = render(JobProgress, { jobId: "j1", phase: "issuing" });
    expect(bar().hasAttribute("value")).toBe(false);
    expect(text()).toBe("Issuing certificates…");
    expect(screen.getByRole("progressbar", { name: "Issuing certificates" })).toBe(bar());
    expect(cancelButton().disabled).toBe(true); // the job is not running on the Rust side yet

    await rerender({ progress: { phase: "issuing", done: 250, total: 1000 } });
    expect(bar().max).toBe(1000);
    expect(bar().value).toBe(250);
    expect(text()).toBe("Issuing certificates: 250 of 1,000");
    expect(cancelButton().disabled).toBe(false);

    setLocale("ru");
    await rerender({ progress: { phase: "issuing", done: 1000, total: 2500 } });
    expect(text()).toBe("Выдача сертификатов: 1\u00a0000 из 2\u00a0500");
  });

  it("lays out pages, then says the PDF is being written and can no longer be cancelled", async () => {
    const { rerender } = render(JobProgress, {
      jobId: "j2",
      phase: "printing",
      progress: { phase: "printing", done: 50, total: 1000 } satisfies Progress,
    });
    expect(text()).toBe("Laying out pages: 50 of 1,000");
    expect(screen.getByRole("progressbar", { name: "Printing certificates" })).toBe(bar());
    expect(screen.getByTestId("cert-batch-text").getAttribute("aria-live")).toBe("polite");
    await rerender({ progress: { phase: "printing", done: 1000, total: 1000 } });
    expect(text()).toBe("Writing the PDF…");
    expect(bar().value).toBe(1000);
    expect(cancelButton().disabled).toBe(true);
  });

  it("says the certificates are being saved once all are signed", async () => {
    render(JobProgress, {
      jobId: "j3",
      phase: "issuing",
      progress: { phase: "issuing", done: 40, total: 40 },
    });
    expect(text()).toBe("Saving the certificates…");
  });

  it("asks to cancel its own job once, then waits", async () => {
    render(JobProgress, {
      jobId: "j4",
      phase: "printing",
      progress: { phase: "printing", done: 25, total: 400 },
    });
    await fireEvent.click(cancelButton());
    await fireEvent.click(cancelButton());
    expect(api.cancel).toHaveBeenCalledTimes(1);
    expect(api.cancel).toHaveBeenCalledWith("j4");
    expect(cancelButton().disabled).toBe(true);
    expect(cancelButton().textContent?.trim()).toBe("Cancelling…");
  });

  it("offers Cancel again if the request could not be sent", async () => {
    api.cancel.mockRejectedValueOnce({ code: "internal", reason: { key: "unexpected" } });
    render(JobProgress, {
      jobId: "j5",
      phase: "issuing",
      progress: { phase: "issuing", done: 1, total: 400 },
    });
    await fireEvent.click(cancelButton());
    await waitFor(() => expect(cancelButton().disabled).toBe(false));
    expect(cancelButton().textContent?.trim()).toBe("Cancel");
  });
});

import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import { fileError } from "$lib/testing/apiErrors";
import OpenFileButton from "./OpenFileButton.svelte";

const api = vi.hoisted(() => ({ open: vi.fn() }));
vi.mock("$lib/api/maintenance", () => ({ fileOpen: (file: string) => api.open(file) }));

beforeEach(() => {
  setLocale("ru");
  api.open.mockReset();
});

describe("opening a saved file", () => {
  it("hands the saved file's token to the system's viewer", async () => {
    api.open.mockResolvedValue(null);
    render(OpenFileButton, { file: "token:/home/u/sertifikatlar.pdf" });
    const button = screen.getByTestId("open-file");
    expect(button.textContent).toBe("Открыть");
    await fireEvent.click(button);
    expect(api.open).toHaveBeenCalledWith("token:/home/u/sertifikatlar.pdf");
    expect(screen.queryByTestId("open-file-error")).toBeNull();
  });

  it("says why when the file cannot be opened", async () => {
    api.open.mockRejectedValue(fileError("file_not_found", "/home/u/x.pdf"));
    render(OpenFileButton, { file: "token:/home/u/x.pdf" });
    await fireEvent.click(screen.getByTestId("open-file"));
    expect((await screen.findByTestId("open-file-error")).textContent).toContain(
      "/home/u/x.pdf: файл не найден.",
    );
  });
});

import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { setLocale } from "$lib/i18n/index.svelte";
import type { Picked } from "$lib/api/dialog";
import { fileError } from "$lib/testing/apiErrors";
import { picked } from "$lib/api/testing/picked";
import { deferred } from "$lib/util/deferred";
import SaveFileButton, { type SaveChoice } from "./SaveFileButton.svelte";

const api = vi.hoisted(() => ({ pick: vi.fn(), pdf: vi.fn(), csv: vi.fn(), open: vi.fn() }));
vi.mock("$lib/api/dialog", () => ({
  pickSaveFile: (title: string, filter: string, name: string) => api.pick(title, filter, name),
}));
vi.mock("$lib/api/maintenance", () => ({ fileOpen: (file: string) => api.open(file) }));

beforeEach(() => {
  setLocale("en");
  api.pick.mockReset();
  api.pdf.mockReset();
  api.csv.mockReset();
  api.open.mockReset().mockResolvedValue(null);
});

/** A choice that writes with the picked file's token and says its path. */
function choice(kind: "pdf" | "csv", write: (token: string) => Promise<unknown>): SaveChoice {
  return {
    testid: `save-${kind}`,
    label: `Save ${kind}`,
    busyLabel: `Saving ${kind}…`,
    dialog: () => ({ title: `Save the ${kind}`, filter: `${kind} files`, name: `list.${kind}` }),
    save: async (file: Picked) => {
      await write(file.token);
      return `Written to ${file.path}`;
    },
  };
}

function mount(inline = false) {
  return render(SaveFileButton, {
    choices: [choice("pdf", api.pdf), choice("csv", api.csv)],
    doneTestid: "saved",
    errorTestid: "save-error",
    inline,
  });
}

const button = (id: string) => screen.getByTestId(id) as HTMLButtonElement;

describe("saving to a file", () => {
  it("asks where, writes there, then says where with an Open button", async () => {
    api.pick.mockResolvedValue(picked("/home/u/list.pdf"));
    const writing = deferred<void>();
    api.pdf.mockReturnValue(writing.promise);
    mount();
    await fireEvent.click(button("save-pdf"));
    expect(api.pick).toHaveBeenCalledWith("Save the pdf", "pdf files", "list.pdf");
    await waitFor(() => expect(api.pdf).toHaveBeenCalledWith("token:/home/u/list.pdf"));
    // One file at a time: every button waits while this one writes.
    expect(button("save-pdf").textContent?.trim()).toBe("Saving pdf…");
    expect(button("save-pdf").getAttribute("aria-busy")).toBe("true");
    expect(button("save-csv").disabled).toBe(true);
    writing.resolve();
    const done = await screen.findByTestId("saved");
    expect(done.tagName).toBe("P");
    expect(done.getAttribute("role")).toBe("status");
    expect(done.textContent).toContain("Written to /home/u/list.pdf");
    expect(within(done).getByTestId("open-file").textContent).toBe("Open");
    expect(button("save-pdf").disabled).toBe(false);
    expect(button("save-pdf").textContent?.trim()).toBe("Save pdf");
    // Open hands the viewer the token the file was written with.
    await fireEvent.click(within(done).getByTestId("open-file"));
    expect(api.open).toHaveBeenCalledWith("token:/home/u/list.pdf");
  });

  it("writes nothing when the dialog is cancelled, and forgets the last file", async () => {
    api.pick.mockResolvedValue(picked("/tmp/a.csv"));
    api.csv.mockResolvedValue(undefined);
    mount();
    await fireEvent.click(button("save-csv"));
    await screen.findByTestId("saved");
    api.pick.mockResolvedValue(null);
    await fireEvent.click(button("save-pdf"));
    await waitFor(() => expect(api.pick).toHaveBeenCalledTimes(2));
    expect(api.pdf).not.toHaveBeenCalled();
    expect(screen.queryByTestId("saved")).toBeNull();
    expect(screen.queryByTestId("save-error")).toBeNull();
  });

  it("says why a file could not be written, in the app's words, until the next try", async () => {
    api.pick.mockResolvedValue(picked("/root/list.csv"));
    api.csv.mockRejectedValue(fileError("file_unreadable", "/root/list.csv"));
    mount();
    await fireEvent.click(button("save-csv"));
    const banner = await screen.findByTestId("save-error");
    expect(banner.dataset.code).toBe("file");
    expect(banner.textContent).toContain("/root/list.csv could not be read or written.");
    expect(screen.queryByTestId("saved")).toBeNull();
    expect(button("save-csv").disabled).toBe(false);

    api.pick.mockResolvedValue(picked("/home/u/list.pdf"));
    api.pdf.mockResolvedValue(undefined);
    await fireEvent.click(button("save-pdf"));
    await screen.findByTestId("saved");
    expect(screen.queryByTestId("save-error")).toBeNull();
    // A token writes once: every try asks where again and writes with the new file's token.
    expect(api.pick).toHaveBeenCalledTimes(2);
    expect(api.pdf).toHaveBeenCalledWith("token:/home/u/list.pdf");
  });

  it("shows a failing dialog like a failing write", async () => {
    api.pick.mockRejectedValue({ code: "file", reason: { key: "no_data_directory" } });
    mount();
    await fireEvent.click(button("save-pdf"));
    expect((await screen.findByTestId("save-error")).dataset.code).toBe("file");
    expect(api.pdf).not.toHaveBeenCalled();
  });

  it("inline, puts its buttons and line straight into the parent's row", async () => {
    api.pick.mockResolvedValue(picked("/tmp/x.pdf"));
    api.pdf.mockResolvedValue(undefined);
    const { container } = mount(true);
    expect(button("save-pdf").parentElement).toBe(container);
    await fireEvent.click(button("save-pdf"));
    const done = await screen.findByTestId("saved");
    expect(done.tagName).toBe("SPAN");
    expect(done.parentElement).toBe(container);
  });
});

// Long actions (an import, issuing, printing) run as jobs: progress down a channel, and a cancel
// by the id the UI chose. One mechanism for every long action.
import { Channel } from "@tauri-apps/api/core";
import { call } from "./call";
import type { Progress } from "./types";

/**
 * A batch the user can watch and stop: `jobId` names it to `jobCancel`, `onProgress` hears
 * `{phase: "importing" | "issuing" | "printing", done, total}` about every hundredth of the way.
 */
export interface Batch {
  jobId: string;
  onProgress?: (p: Progress) => void;
}

/** A fresh id for a batch. */
export const newJobId = () => crypto.randomUUID();

export function batchArgs(batch: Batch | undefined) {
  const channel = new Channel<Progress>();
  if (batch?.onProgress) channel.onmessage = batch.onProgress;
  return { jobId: batch?.jobId ?? newJobId(), onProgress: channel };
}

/** Asks a running batch to stop; false if it is no longer running. */
export const jobCancel = (jobId: string) => call<boolean>("job_cancel", { jobId });

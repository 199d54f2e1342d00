import type { ApiError, Reason } from "$lib/api/error";

/** A reason that names only the file it is about. */
type FileReasonKey = Extract<Reason, { file: string }>["key"];

/** What Rust answers when a file cannot be used: code `file`, `key` saying why, for `file`. */
export function fileError(key: FileReasonKey, file: string): ApiError {
  return { code: "file", reason: { key, file } as Reason };
}

// A report on screen: the last answer to the filters asked, and the programmes to filter by.
import type { ApiError } from "$lib/api/error";
import { programmeList } from "$lib/api/programme";
import type { Programme, ReportFilter } from "$lib/api/types";
import { Latest } from "$lib/util/latest";

/**
 * A report's rows for the filter last asked: every `load` makes the answers on their way out of
 * date, so an older, slower answer never overwrites a newer one.
 */
export class ReportQuery<R> {
  rows = $state.raw<readonly R[] | null>(null);
  /** The filter the rows shown answer: its grouping lays the table out until the next answer. */
  shownFor = $state.raw<ReportFilter | null>(null);
  error = $state.raw<ApiError | null>(null);
  loading = $state(false);

  readonly #answers = new Latest();
  readonly #ask: (filter: ReportFilter) => Promise<readonly R[]>;

  constructor(ask: (filter: ReportFilter) => Promise<readonly R[]>) {
    this.#ask = ask;
  }

  load(filter: ReportFilter): Promise<unknown> {
    this.loading = true;
    return this.#answers.run(() => this.#ask(filter), {
      apply: (answer) => {
        this.rows = answer;
        this.shownFor = filter;
        this.error = null;
      },
      fail: (e) => {
        // Rows for another filter would read as this one's: the error stands alone.
        this.rows = null;
        this.shownFor = null;
        this.error = e as ApiError;
      },
      settle: () => (this.loading = false),
    });
  }

  /** Nothing to ask while a date is half typed: the answers on their way are dropped. */
  drop(): void {
    this.#answers.drop();
    this.loading = false;
  }
}

/** The programme filter's choices, archived ones too: a past period may name them. */
export class ProgrammeChoices {
  list = $state.raw<Programme[]>([]);
  error = $state.raw<ApiError | null>(null);

  async load(): Promise<void> {
    this.error = null;
    try {
      this.list = await programmeList(true);
    } catch (e) {
      this.error = e as ApiError;
    }
  }
}

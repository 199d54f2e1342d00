// The mentor's evaluation form: a date, who evaluated, a score from 1 to 5 (with an optional
// comment) for each learning objective in order, an overall comment, and whether it was typed
// back from the printed form.
import type { ApiError } from "$lib/api/error";
import type { FieldError, FieldErrors } from "$lib/api/fieldError";
import type { Evaluation, EvaluationKind, NewEvaluation } from "$lib/api/types";
import { isIsoDate } from "$lib/i18n/dateInput";
import { itemField } from "./nested";
import { SCORES } from "./internshipWords";

/** The form's own fields, named as `ApiError.field` names them. */
export const EVALUATION_FIELDS = ["kind", "on", "evaluator", "comment", "from_paper"] as const;
export type EvaluationField = (typeof EVALUATION_FIELDS)[number];

/** An objective's line: the score as the select holds it ("" for none yet) and a comment. */
export type ScoreValues = { score: string; comment: string };
export const SCORE_FIELDS = ["score", "comment"] as const;
export type ScoreField = (typeof SCORE_FIELDS)[number];

export type EvaluationFormValues = {
  kind: EvaluationKind | "";
  on: string;
  evaluator: string;
  /** One per objective, in the objectives' order. */
  scores: ScoreValues[];
  comment: string;
  from_paper: boolean;
};

/** The problems found: the form's fields, and each objective's line by its position from 0. */
export type EvaluationErrors = {
  fields: FieldErrors<EvaluationField>;
  scores: Record<number, FieldErrors<ScoreField>>;
};

export const noEvaluationErrors = (): EvaluationErrors => ({ fields: {}, scores: {} });

export function hasEvaluationErrors(e: EvaluationErrors): boolean {
  return Object.keys(e.fields).length > 0 || Object.keys(e.scores).length > 0;
}

/** A blank form for `objectives` objectives, the mentor named as the evaluator. */
export function emptyEvaluation(
  kind: EvaluationKind,
  objectives: number,
  evaluator: string,
  on: string,
): EvaluationFormValues {
  return {
    kind,
    on,
    evaluator,
    scores: Array.from({ length: objectives }, () => ({ score: "", comment: "" })),
    comment: "",
    from_paper: false,
  };
}

/**
 * The form filled from a recorded evaluation, to correct it; lines are added (blank) or dropped
 * to match the objectives as they are now.
 */
export function evaluationToForm(e: Evaluation, objectives: number): EvaluationFormValues {
  return {
    kind: e.kind,
    on: e.on,
    evaluator: e.evaluator,
    scores: Array.from({ length: objectives }, (_, i) => ({
      score: e.scores[i] ? String(e.scores[i].score) : "",
      comment: e.scores[i]?.comment ?? "",
    })),
    comment: e.comment ?? "",
    from_paper: e.from_paper,
  };
}

const isScore = (s: string) => (SCORES as readonly number[]).includes(Number(s)) && s !== "";

/**
 * Checks made before saving: a kind, a date not before the placement's start (`start`), the
 * evaluator, and a score for every objective. The server checks everything again.
 */
export function checkEvaluation(v: EvaluationFormValues, start: string): EvaluationErrors {
  const errors = noEvaluationErrors();
  if (v.kind === "") errors.fields.kind = { key: "validation.required" };
  const on = v.on.trim();
  if (on === "") errors.fields.on = { key: "validation.required" };
  else if (!isIsoDate(on)) errors.fields.on = { key: "validation.date" };
  else if (on < start) errors.fields.on = { reason: { key: "evaluation_before_start", start } };
  if (v.evaluator.trim() === "") errors.fields.evaluator = { key: "validation.required" };
  v.scores.forEach((s, i) => {
    if (!isScore(s.score)) errors.scores[i] = { score: { key: "internship.evaluation.pickScore" } };
  });
  return errors;
}

const orNull = (s: string): string | null => (s.trim() === "" ? null : s.trim());

/** The input for `internshipEvaluationRecord`; call once `checkEvaluation` found nothing. */
export function formToNewEvaluation(v: EvaluationFormValues): NewEvaluation {
  return {
    kind: v.kind === "" ? null : v.kind,
    on: v.on.trim(),
    evaluator: v.evaluator.trim(),
    scores: v.scores.map((s) => ({
      score: isScore(s.score) ? Number(s.score) : null,
      comment: orNull(s.comment),
    })),
    comment: orNull(v.comment),
    from_paper: v.from_paper,
  };
}

/**
 * A server refusal placed beside its field (`on`, `evaluator`, …) or an objective's line
 * (`scores.2.score`, counted from 1); null when it is about the whole form (e.g. the number of
 * scores no longer matching the objectives).
 */
export function placeEvaluationError(e: ApiError): EvaluationErrors | null {
  const error: FieldError = { reason: e.reason };
  if ((EVALUATION_FIELDS as readonly string[]).includes(e.field ?? "")) {
    return { fields: { [e.field as EvaluationField]: error }, scores: {} };
  }
  const at = itemField(e.field);
  if (!at || at.list !== "scores") return null;
  if (!(SCORE_FIELDS as readonly string[]).includes(at.field)) return null;
  return { fields: {}, scores: { [at.n - 1]: { [at.field as ScoreField]: error } } };
}

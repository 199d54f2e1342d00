import { describe, expect, it } from "vitest";
import type { ApiError } from "$lib/api/error";
import {
  checkEvaluation,
  emptyEvaluation,
  evaluationToForm,
  formToNewEvaluation,
  hasEvaluationErrors,
  placeEvaluationError,
} from "./evaluationForm";
import { evaluation } from "./internshipFixtures";

describe("the mentor's evaluation form", () => {
  it("starts with one blank line per objective and the mentor as evaluator", () => {
    expect(emptyEvaluation("mid", 2, "Rəşad Əliyev", "2027-03-12")).toEqual({
      kind: "mid",
      on: "2027-03-12",
      evaluator: "Rəşad Əliyev",
      scores: [
        { score: "", comment: "" },
        { score: "", comment: "" },
      ],
      comment: "",
      from_paper: false,
    });
  });

  it("asks a score for each objective, a date from the start on and who evaluated", () => {
    const v = emptyEvaluation("final", 2, " ", "2027-02-27");
    const e = checkEvaluation(v, "2027-03-01");
    expect(e.fields).toEqual({
      on: { reason: { key: "evaluation_before_start", start: "2027-03-01" } },
      evaluator: { key: "validation.required" },
    });
    expect(Object.keys(e.scores)).toEqual(["0", "1"]);
    v.scores[0].score = "4";
    v.scores[1].score = "6";
    expect(Object.keys(checkEvaluation(v, "2027-03-01").scores)).toEqual(["1"]);
    const ok = { ...v, evaluator: "R", on: "2027-03-26", scores: [v.scores[0], v.scores[0]] };
    expect(hasEvaluationErrors(checkEvaluation(ok, "2027-03-01"))).toBe(false);
  });

  it("sends scores as numbers in the objectives' order, blank comments as null", () => {
    const v = emptyEvaluation("final", 2, "Rəşad Əliyev", "2027-03-26");
    v.scores = [
      { score: "3", comment: "" },
      { score: "5", comment: " quick learner " },
    ];
    v.comment = "  ";
    v.from_paper = true;
    expect(formToNewEvaluation(v)).toEqual({
      kind: "final",
      on: "2027-03-26",
      evaluator: "Rəşad Əliyev",
      scores: [
        { score: 3, comment: null },
        { score: 5, comment: "quick learner" },
      ],
      comment: null,
      from_paper: true,
    });
  });

  it("fills the form from a recorded evaluation to correct it, fitting today's objectives", () => {
    const v = evaluationToForm(evaluation(), 3);
    expect(v.scores).toEqual([
      { score: "4", comment: "" },
      { score: "5", comment: "quick learner" },
      { score: "", comment: "" },
    ]);
    expect(v).toMatchObject({ kind: "mid", comment: "A good start.", from_paper: false });
  });

  it("places the server's refusal beside the objective's line it names", () => {
    const refused = (field: string): ApiError => ({
      code: "invalid",
      field,
      reason: { key: "out_of_range", value: 6, min: 1, max: 5 },
    });
    expect(placeEvaluationError(refused("scores.2.score"))).toEqual({
      fields: {},
      scores: { 1: { score: { reason: { key: "out_of_range", value: 6, min: 1, max: 5 } } } },
    });
    expect(placeEvaluationError(refused("on"))?.fields.on).toBeTruthy();
    expect(placeEvaluationError(refused("scores"))).toBeNull();
    expect(placeEvaluationError(refused("scores.1.other"))).toBeNull();
  });
});

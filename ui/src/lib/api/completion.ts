import { call } from "./call";
import type { ActivityCompletion, AssessmentInput, CompletionRule } from "./types";

/** The activity's completion rule and every participant's standing against it. */
export const completionShow = (activityId: string) =>
  call<ActivityCompletion>("completion_show", { activityId });

export const completionRuleSet = (rule: CompletionRule) =>
  call<CompletionRule>("completion_rule_set", { rule });

/** Records one participant's result; both `passed` and `score` empty removes it. */
export const assessmentRecord = (input: AssessmentInput) =>
  call<null>("assessment_record", { input });

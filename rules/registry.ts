/** Every closure rule, by id. A meta test checks this against the files and the catalogue. */
import actionsForOthers from './actions-for-others';
import assessmentShared from './assessment-shared';
import caseNotesFinalised from './case-notes-finalised';
import caseSummaryUpdated from './case-summary-updated';
import censusReasonConsistent from './census-reason-consistent';
import childInformed from './child-informed';
import chronologyLeftOpen from './chronology-left-open';
import chronologyUpdated from './chronology-updated';
import closedWithinTimescale from './closed-within-timescale';
import closingSummary from './closing-summary';
import closureChecklistComplete from './closure-checklist-complete';
import closureLetter from './closure-letter';
import closureReason from './closure-reason';
import closureRecord from './closure-record';
import closureSummaryContent from './closure-summary-content';
import coTeamClosureRecord from './co-team-closure-record';
import copyToFamily from './copy-to-family';
import demographicsChecked from './demographics-checked';
import familyInformed from './family-informed';
import finalPlanReview from './final-plan-review';
import healthProfessionalsInformed from './health-professionals-informed';
import managerOversight from './manager-oversight';
import noOpenWork from './no-open-work';
import oversightActionsComplete from './oversight-actions-complete';
import professionalsConsulted from './professionals-consulted';
import professionalsInformed from './professionals-informed';
import professionalsWrittenTo from './professionals-written-to';
import safetyPlanVersions from './safety-plan-versions';
import safetyPlan from './safety-plan';
import stepDownRecorded from './step-down-recorded';
import supervisionActionsComplete from './supervision-actions-complete';
import supportingFamiliesEvidence from './supporting-families-evidence';
import viewsRecorded from './views-recorded';
import workerRelationshipEnded from './worker-relationship-ended';
import type { Rule } from './types';

export const RULES: Record<string, Rule> = Object.fromEntries(
  [
    actionsForOthers,
    assessmentShared,
    caseNotesFinalised,
    caseSummaryUpdated,
    censusReasonConsistent,
    childInformed,
    chronologyLeftOpen,
    chronologyUpdated,
    closedWithinTimescale,
    closingSummary,
    closureChecklistComplete,
    closureLetter,
    closureReason,
    closureRecord,
    closureSummaryContent,
    coTeamClosureRecord,
    copyToFamily,
    demographicsChecked,
    familyInformed,
    finalPlanReview,
    healthProfessionalsInformed,
    managerOversight,
    noOpenWork,
    oversightActionsComplete,
    professionalsConsulted,
    professionalsInformed,
    professionalsWrittenTo,
    safetyPlanVersions,
    safetyPlan,
    stepDownRecorded,
    supervisionActionsComplete,
    supportingFamiliesEvidence,
    viewsRecorded,
    workerRelationshipEnded,
  ].map((rule) => [rule.id, rule]),
);

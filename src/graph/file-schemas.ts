import { z } from 'zod';
import { EVIDENCE_KIND_NAMES, LIMITS, MAX_QUOTE_LENGTH, MAX_SCOPE_LENGTH, PASSAGE_ID_PATTERN } from '../domain';

/**
 * The shape of one entry in each kind of YAML file (every file is a list of entries, except a
 * tour file, which is one tour). Strict objects so that a misspelt field is an error rather than silently ignored data. Cross-file rules (ids that
 * must exist, kind pairs a relation type allows) live in validate.ts.
 */
const text = z.string().trim().min(1, 'must not be empty');

export const sourceEntrySchema = z.strictObject({
  id: text,
  title: text,
  kind: text,
  reliability: text,
  url: z.url().optional(),
});

export const conceptEntrySchema = z.strictObject({
  id: text,
  name: text,
  description: text,
  synonyms: z.array(text).default([]),
  urgent: z.boolean().default(false),
  unspecified: z.boolean().default(false),
});

export const evidenceEntrySchema = z.strictObject({
  source: text,
  quote: text.max(MAX_QUOTE_LENGTH, `is longer than ${MAX_QUOTE_LENGTH} characters: cite a shorter span`),
  kind: z.enum(EVIDENCE_KIND_NAMES).default('statement'),
  passage: z.string().regex(PASSAGE_ID_PATTERN, "must be kebab-case, e.g. 'disc-to-spasm'").optional(),
  // Left unset, the loader tells a quote with no hedge word (plain) from one nobody has judged yet.
  hedged: z.boolean().optional(),
});

export const relationEntrySchema = z.strictObject({
  from: text,
  to: text,
  scope: text.max(MAX_SCOPE_LENGTH, `is longer than ${MAX_SCOPE_LENGTH} characters: a scope is a short phrase, e.g. 'if you lie still most of the time'`).optional(),
  evidence: z.array(evidenceEntrySchema).min(1, 'a relation needs at least one evidence item'),
});

export const tourQuestionSchema = z.strictObject({
  prompt: text,
  answer: text,
});

export const tourStepSchema = z.strictObject({
  title: text,
  narration: text,
  show: z.array(text).min(1, 'a step shows at least one concept: list the concept ids to draw'),
  highlight: z.array(text).default([]),
  relations: z.array(text).default([]),
  question: tourQuestionSchema.optional(),
  case: z
    .strictObject({
      findings: z
        .array(text)
        .min(1, 'a case names at least one finding: list the concept ids the class is to explain')
        .max(LIMITS.maxFindings, `a case has at most ${LIMITS.maxFindings} findings: keep those that matter to the question`),
    })
    .optional(),
});

export const tourFileSchema = z.strictObject({
  id: text,
  title: text,
  audience: text,
  summary: text,
  steps: z.array(tourStepSchema).min(1, 'a tour needs at least one step'),
});

export type SourceEntry = z.infer<typeof sourceEntrySchema>;
export type ConceptEntry = z.infer<typeof conceptEntrySchema>;
export type RelationEntry = z.infer<typeof relationEntrySchema>;
export type TourEntry = z.infer<typeof tourFileSchema>;

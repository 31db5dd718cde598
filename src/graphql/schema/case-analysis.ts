import { CONCEPT_ID_PATTERN, CONCEPT_KINDS, InvalidInputError, LIMITS, type Concept, type ConceptKind, type Relation, sortById, type TourCase } from '../../domain';
import type { MatchQuality } from '../../store';
import { checkWhole } from '../../store/check-options';
import { explainFindings, type Explanation } from '../../store/rank-explanations';
import { normalizeSearchText } from '../../store/search-index';
import { builder } from '../builder';
import type { GraphQLContext } from '../context';
import { costPerItem, QUERY_COST } from '../query-cost';
import { loadAll, NAMING_MATCHES } from '../related';
import { ConceptRef, conceptTypes } from './concept';
import { MatchQualityEnum } from './enums';
import { CausalPathRef, ChainStrengthEnum } from './paths';
import { RelationRef } from './relation';

interface CaseFinding {
  readonly text: string;
  readonly concept: Concept | null;
  readonly match: MatchQuality | null;
}

interface CaseRedFlag {
  readonly redFlag: Concept;
  readonly reason: string;
  readonly relations: readonly Relation[];
}

interface CaseAnalysis {
  readonly findings: readonly CaseFinding[];
  /** Ranked once per request, whatever `first` each selection asks for. */
  readonly explanations: Promise<Explanation[]>;
  readonly redFlags: Promise<CaseRedFlag[]>;
}

/**
 * An explanation's paths and covered findings number at most the case's findings, and a red
 * flag's relations here a few: counted as three each, as a typical case of two to four findings
 * holds, so the panel's query (five explanations, every hop's quotes) stays within the cost limit.
 */
const FEW_PER_CASE = { field: QUERY_COST.field, multiplier: 3 };

const CaseFindingRef = builder.objectRef<CaseFinding>('CaseFinding').implement({
  description: 'One finding of a case as typed, and the concept it was understood as, so it can be corrected.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The finding as typed, e.g. "lifted a heavy box".' }),
    concept: t.field({ type: ConceptRef, nullable: true, description: 'The concept it was understood as; null when none matches.', resolve: (f) => f.concept }),
    match: t.field({ type: MatchQualityEnum, nullable: true, description: 'How well the text matched that concept; null when it was named by id or matched nothing.', resolve: (f) => f.match }),
    understoodAs: t.string({
      description: 'What the finding was taken to mean, in words: "understood as ‘Heavy lifting’ (a cause)" or "no concept matches ‘xyz’; …".',
      resolve: (f) =>
        f.concept
          ? `understood as ‘${f.concept.name}’ (${article(f.concept.kind)})`
          : `no concept matches ‘${f.text}’; check the spelling or try another name for it`,
    }),
  }),
});

const CaseExplanationRef = builder.objectRef<Explanation>('CaseExplanation').implement({
  description:
    'A cause, condition or mechanism the sources link to some of the findings through causal relations. It is what the sources give as leading there, for teaching; not a diagnosis.',
  fields: (t) => ({
    concept: t.field({ type: ConceptRef, description: 'The cause, condition or mechanism.', resolve: (e) => e.concept }),
    covers: t.field({ type: [ConceptRef], complexity: FEW_PER_CASE, description: 'The findings it leads to (itself first when it is one of them), in the order given.', resolve: (e) => e.covers }),
    isFinding: t.exposeBoolean('isFinding', { description: 'True when it is itself one of the findings, such as a history item ("lifted a heavy box").' }),
    paths: t.field({
      type: [CausalPathRef],
      complexity: FEW_PER_CASE,
      description: 'The best path (as `paths` ranks them) to each covered finding other than itself, in the findings’ order.',
      resolve: (e) => e.paths,
    }),
    strength: t.field({ type: ChainStrengthEnum, description: 'The weakest of its paths’ strengths: an explanation is only as well supported as its weakest path.', resolve: (e) => e.strength }),
    hedged: t.exposeBoolean('hedged', { description: 'True when its weakest path has a hop every quote of which hedges ("may", "can").' }),
    hops: t.exposeInt('hops', { description: 'Relations along all its paths together.' }),
  }),
});

const CaseRedFlagRef = builder.objectRef<CaseRedFlag>('CaseRedFlag').implement({
  description: 'A red flag a case names, or one that points to a condition among its findings: a sign that means "see a doctor now", never ranked away.',
  fields: (t) => ({
    redFlag: t.field({ type: conceptTypes.RedFlag, description: 'The red flag.', resolve: (f) => f.redFlag }),
    reason: t.exposeString('reason', { description: 'Why it is listed, e.g. "named in the findings as ‘fever’".' }),
    relations: t.field({
      type: [RelationRef],
      complexity: FEW_PER_CASE,
      description: 'Its SUGGESTS relations that apply here, each with the quotes that state it.',
      resolve: (f) => f.relations,
    }),
  }),
});

export const CaseAnalysisRef = builder.objectRef<CaseAnalysis>('CaseAnalysis').implement({
  description:
    'A case read against the graph: each finding as understood, the explanations the sources give ranked by how many findings they cover and how well, and the red flags present. For teaching; not a diagnosis.',
  fields: (t) => ({
    findings: t.field({ type: [CaseFindingRef], description: 'Each finding as typed, with the concept it was understood as.', resolve: (c) => c.findings }),
    explanations: t.field({
      type: [CaseExplanationRef],
      complexity: costPerItem,
      description:
        'Causes, conditions and mechanisms leading to the findings, best first: more findings covered, then the weakest hop of their paths (attested before strong before inferred, hedged below unhedged), then fewer hops.',
      args: { first: t.arg.int({ required: false, defaultValue: 5, description: `How many explanations at most (up to ${LIMITS.maxPaths}).` }) },
      resolve: async (c, args) => (await c.explanations).slice(0, checkWhole('first', args.first ?? 5, 1, LIMITS.maxPaths)),
    }),
    redFlags: t.field({
      type: [CaseRedFlagRef],
      description: 'Every red flag among the findings, and every red flag that points to a condition among them, each with its quotes. Listed first on screen.',
      resolve: (c) => c.redFlags,
    }),
  }),
});

builder.queryField('caseAnalysis', (t) =>
  t.field({
    type: CaseAnalysisRef,
    description:
      'From a case’s findings (symptoms, signs, history items such as "lifted a heavy box") to the explanations the sources give and the red flags to rule out. For teaching; not a diagnosis.',
    args: {
      findings: t.arg.stringList({
        required: true,
        description: `Up to ${LIMITS.maxFindings} findings as a person would type them, or concept ids, e.g. ["back spasm", "lifted a heavy box"].`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      if (args.findings.length > LIMITS.maxFindings) {
        throw new InvalidInputError(
          `a case may have at most ${LIMITS.maxFindings} findings; got ${args.findings.length}. Keep the findings that matter most to the question`,
          'findings',
        );
      }
      return analyseCase(ctx, args.findings);
    },
  }),
);

/** A tour step's case: what the class sees, the question, and what the presenter reveals. */
export const TourCaseRef = builder.objectRef<TourCase>('TourCase').implement({
  description: 'A case on a tour step: findings for the class to explain. The presenter reveals the explanations the graph ranks, and a poll may ask for the best one.',
  fields: (t) => ({
    findings: t.field({ type: [ConceptRef], description: 'The findings, drawn in the step.', resolve: (c, _a, ctx) => loadAll(ctx, c.findings) }),
    prompt: t.string({ description: 'The question the case asks.', resolve: () => 'What explains this?' }),
    analysis: t.field({ type: CaseAnalysisRef, description: 'The case read against the graph, as `caseAnalysis` reads it: the reveal.', resolve: (c, _a, ctx) => analyseCase(ctx, c.findings) }),
  }),
});

async function analyseCase(ctx: GraphQLContext, texts: readonly string[]): Promise<CaseAnalysis> {
  const findings = await Promise.all(texts.map((text) => understandFinding(ctx, text)));
  const concepts = findings.flatMap((finding) => finding.concept ?? []);
  const explanations = explainFindings(ctx.store, concepts);
  const redFlags = redFlagsOf(ctx, findings);
  // Each is awaited by its field; a selection that leaves one out must not leave it unhandled.
  explanations.catch(() => {});
  redFlags.catch(() => {});
  return { findings, explanations, redFlags };
}

/**
 * A finding as the explorer's search understands it: an id, or the best hit good enough to name a
 * concept. The search starts beside the id lookup, not after it: on Neo4j each is a round trip,
 * and a case is nearly always typed words, so waiting for the lookup to miss first would put a
 * round trip before every case's search. Text no id could be ("back spasm") is not looked up.
 */
async function understandFinding(ctx: GraphQLContext, text: string): Promise<CaseFinding> {
  const searchable = normalizeSearchText(text).length > 0 && text.length <= LIMITS.maxSearchLength;
  const [byId, hits] = await Promise.all([
    CONCEPT_ID_PATTERN.test(text) ? ctx.loaders.concept.load(text) : null,
    searchable ? ctx.store.search(text, { limit: 1 }) : [],
  ]);
  if (byId) return { text, concept: byId, match: null };
  const [hit] = hits;
  if (!hit || !NAMING_MATCHES.includes(hit.match)) return { text, concept: null, match: null };
  // the red flags name the findings they point to: found here, they need no second lookup
  ctx.loaders.concept.prime(hit.concept.id, hit.concept);
  return { text, concept: hit.concept, match: hit.match };
}

/** Red flags named among the findings first, in their order; then those pointing to a finding, by id. */
async function redFlagsOf(ctx: GraphQLContext, findings: readonly CaseFinding[]): Promise<CaseRedFlag[]> {
  const named = new Map<string, CaseFinding>();
  const findingIds = new Set<string>();
  for (const finding of findings) {
    if (!finding.concept) continue;
    findingIds.add(finding.concept.id);
    if (finding.concept.kind === 'RedFlag' && !named.has(finding.concept.id)) named.set(finding.concept.id, finding);
  }
  // Asked by type, not filtered from every relation of the findings: a finding such as back spasm
  // has dozens of relations, each with its quotes, that the red flags would fetch only to drop.
  const relations = await ctx.store.getRelations([...findingIds], { types: ['SUGGESTS'] });
  const flags: CaseRedFlag[] = [...named.values()].map(({ text, concept }) => ({
    redFlag: concept!,
    reason: `named in the findings as ‘${text}’`,
    relations: unique(relations.filter((r) => r.from === concept!.id)),
  }));
  const pointing = unique(relations.filter((r) => findingIds.has(r.to) && !named.has(r.from)));
  const pointers = await loadAll(ctx, [...new Set(pointing.map((r) => r.from))].sort());
  for (const redFlag of pointers) {
    const own = pointing.filter((r) => r.from === redFlag.id);
    const targets = await loadAll(ctx, own.map((r) => r.to));
    flags.push({ redFlag, reason: `points to ${targets.map((c) => `‘${c.name}’`).join(' and ')}, among the findings`, relations: own });
  }
  return flags;
}

function unique(relations: readonly Relation[]): Relation[] {
  return sortById([...new Map(relations.map((r) => [r.id, r])).values()]);
}

/** "a cause", "a red flag": the kind as the domain table's own search word for it. */
function article(kind: ConceptKind): string {
  const word = CONCEPT_KINDS[kind].searchWords[0];
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;
}

import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGraph, GraphValidationError, loadGraph, type GraphProblem } from '../../src/graph';
import { MAX_GRAPH_FILE_BYTES } from '../../src/graph/load-graph';
import { FIXTURE_GRAPH, FIXTURE_SOURCES, fixtureGraphWith } from './fixture-graph';

function problemsOf(dir: string, sourcesDir?: string): GraphProblem[] {
  const result = checkGraph(dir, { sourcesDir });
  expect(result.graph).toBeUndefined();
  return [...result.problems];
}

function expectOneProblem(dir: string, file: string, line: number, message: RegExp, sourcesDir?: string) {
  const problems = problemsOf(dir, sourcesDir);
  expect(problems).toHaveLength(1);
  expect(problems[0]!.file.endsWith(file)).toBe(true);
  expect(problems[0]!.line).toBe(line);
  expect(problems[0]!.message).toMatch(message);
}

describe('loading a valid graph', () => {
  it('builds every concept, relation and source with defaults filled in', () => {
    const graph = loadGraph(FIXTURE_GRAPH, { sourcesDir: FIXTURE_SOURCES });
    expect(graph.concepts).toHaveLength(17);
    expect(graph.relations).toHaveLength(15);
    expect(graph.sources.map((s) => s.id)).toEqual(['fixture-page.txt']);
    const lifting = graph.concepts.find((c) => c.id === 'heavy-lifting')!;
    expect(lifting).toMatchObject({ kind: 'Cause', name: 'Heavy lifting', synonyms: ['lifting heavy objects'], urgent: false });
    const relieves = graph.relations.find((r) => r.id === 'ice>RELIEVES>back-spasm')!;
    expect(relieves.evidence[0]).toEqual({ source: 'fixture-page.txt', quote: 'calms the spasm', kind: 'statement', hedged: false });
    expect(relieves.evidence[1]).toMatchObject({ kind: 'question' });
    expect(relieves).not.toHaveProperty('scope');
    expect(graph.relations.find((r) => r.id === 'ice>TARGETS>inflammation')!.scope).toBe('in the first days after an injury');
  });

  it('loads tours ordered by id, with highlight and relations empty when left out', () => {
    const graph = loadGraph(FIXTURE_GRAPH);
    expect(graph.tours.map((t) => t.id)).toEqual(['calming-a-spasm', 'strain-to-spasm']);
    expect(graph.tours[0]!.steps[1]).toEqual({
      title: 'The catch',
      narration: 'Muscle relaxants have a side effect.',
      show: ['muscle-relaxants'],
      highlight: [],
      relations: ['muscle-relaxants>CAUTION>drowsiness'],
      question: { prompt: 'Which side effect should a patient on muscle relaxants expect?', answer: 'drowsiness' },
    });
    expect(graph.tours[1]!.steps.map((step) => step.question?.answer ?? null)).toEqual(['inflammation', null, null]);
  });

  it('freezes the graph so no layer can change it', () => {
    const graph = loadGraph(FIXTURE_GRAPH);
    expect(Object.isFrozen(graph.concepts)).toBe(true);
    expect(Object.isFrozen(graph.concepts[0])).toBe(true);
    expect(Object.isFrozen(graph.relations[0]!.evidence[0])).toBe(true);
    expect(() => (graph.concepts as unknown as unknown[]).push({})).toThrow(TypeError);
  });
});

describe('reporting problems with file and line', () => {
  it('reports YAML syntax errors', () => {
    const dir = fixtureGraphWith({ 'concepts/causes.yaml': (t) => t.replace('  name: Poor posture', '  name: [Poor posture') });
    expectOneProblem(dir, 'concepts/causes.yaml', 7, /^YAML syntax: .*end with a \]/);
  });

  it('reports an alias bomb as a problem instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    const dir = fixtureGraphWith({ 'concepts/causes.yaml': () => `${bomb}\n` });
    const problems = problemsOf(dir);
    expect(problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^YAML: .*alias.*write the entries out/i) });
  });

  it('reports an unknown field at its own line', () => {
    const dir = fixtureGraphWith({ 'concepts/causes.yaml': (t) => t.replace('  name: Dehydration\n', '  name: Dehydration\n  severity: high\n') });
    expectOneProblem(dir, 'concepts/causes.yaml', 11, /unknown field 'severity'/);
  });

  it('reports a duplicate concept id across files with where it was first defined', () => {
    const dir = fixtureGraphWith({ 'concepts/symptoms.yaml': (t) => `${t}- id: heavy-lifting\n  name: Lifting again\n  description: A second definition.\n` });
    expectOneProblem(dir, 'concepts/symptoms.yaml', 8, /duplicate concept id 'heavy-lifting' \(first defined at .*causes\.yaml:1\)/);
  });

  it('reports an id that is not kebab-case', () => {
    const dir = fixtureGraphWith({ 'concepts/body-regions.yaml': (t) => t.replace('id: lower-back', 'id: Lower_Back').replace('- from: back-spasm', '- from: back-spasm') });
    const problems = problemsOf(dir);
    expect(problems.find((p) => /not kebab-case/.test(p.message))).toMatchObject({ line: 1 });
  });

  it('reports a relation to an unknown concept and suggests the nearest id', () => {
    const dir = fixtureGraphWith({ 'relations/causes.yaml': (t) => t.replace('to: muscle-strain', 'to: muscle-strian') });
    expectOneProblem(dir, 'relations/causes.yaml', 2, /unknown concept 'muscle-strian' \(did you mean 'muscle-strain'\?\)/);
  });

  it('reports a relation type used between kinds it does not allow', () => {
    const dir = fixtureGraphWith({ 'relations/relieves.yaml': (t) => t.replace('to: back-spasm', 'to: heavy-lifting') });
    expectOneProblem(dir, 'relations/relieves.yaml', 2, /RELIEVES is not allowed from Treatment 'muscle-relaxants' to Cause 'heavy-lifting'; it goes from Treatment to Symptom\|Condition/);
  });

  it('reports a relation without evidence', () => {
    const dir = fixtureGraphWith({ 'relations/prevents.yaml': () => '- from: stretching\n  to: muscle-strain\n  evidence: []\n' });
    expectOneProblem(dir, 'relations/prevents.yaml', 3, /at least one evidence item/);
  });

  it('reports a relation that rests only on a question', () => {
    const dir = fixtureGraphWith({ 'relations/prevents.yaml': (t) => `${t}      kind: question\n` });
    expectOneProblem(dir, 'relations/prevents.yaml', 4, /rests only on anecdotes or questions/);
  });

  it('reports evidence citing an unknown source', () => {
    const dir = fixtureGraphWith({ 'relations/detects.yaml': (t) => t.replace('source: fixture-page.txt', 'source: fixture-pages.txt') });
    expectOneProblem(dir, 'relations/detects.yaml', 4, /unknown source 'fixture-pages.txt' \(did you mean 'fixture-page.txt'\?\)/);
  });

  it('reports a quote longer than the limit', () => {
    const long = 'x'.repeat(301);
    const dir = fixtureGraphWith({ 'relations/detects.yaml': (t) => t.replace('An MRI can show a herniated disc.', long) });
    expectOneProblem(dir, 'relations/detects.yaml', 5, /longer than 300 characters/);
  });

  it('reports a quote that is not in its source document, only when sources are given', () => {
    const dir = fixtureGraphWith({ 'relations/detects.yaml': (t) => t.replace('An MRI can show', 'An MRI will show') });
    expect(checkGraph(dir).graph).toBeDefined();
    expectOneProblem(dir, 'relations/detects.yaml', 5, /quote not found verbatim in fixture-page.txt/, FIXTURE_SOURCES);
  });

  it('reports a scope too long to sit beside a relation, at its line', () => {
    const dir = fixtureGraphWith({ 'relations/targets.yaml': (t) => t.replace('in the first days after an injury', 'in the first days after an injury '.repeat(3).trim()) });
    expectOneProblem(dir, 'relations/targets.yaml', 3, /scope.*longer than 80 characters: a scope is a short phrase/);
  });

  it('reports a hedge word in a quote whose evidence does not say whether it hedges, at the quote', () => {
    const dir = fixtureGraphWith({ 'relations/causes.yaml': (t) => t.replace('      quote: "Poor posture can bring on back spasms."\n      hedged: true\n', '      quote: "Poor posture can bring on back spasms."\n') });
    expectOneProblem(dir, 'causes.yaml', 13, /^the quote says 'can' but its evidence does not say whether it hedges: add 'hedged: true' .* or 'hedged: false' if 'can' does not weaken the claim/);
  });

  it('accepts a hedge word the evidence marks as no hedge, and loads the quote as plain', () => {
    const graph = loadGraph(FIXTURE_GRAPH);
    const mri = graph.relations.find((r) => r.id === 'mri>DETECTS>herniated-disc')!;
    expect(mri.evidence[0]!.quote).toContain(' can ');
    expect(mri.evidence[0]!.hedged).toBe(false);
  });

  it('reports a placeholder mark on a concept that is not a condition', () => {
    const dir = fixtureGraphWith({ 'concepts/causes.yaml': (t) => t.replace('  name: Heavy lifting\n', '  name: Heavy lifting\n  unspecified: true\n') });
    expect(problemsOf(dir).map((p) => p.message)).toEqual(["'unspecified' marks a condition the sources do not name; a Cause is not one: remove it"]);
  });

  it('reports a passage marked on one relation only', () => {
    const dir = fixtureGraphWith({ 'relations/leads-to.yaml': (t) => t.replaceAll('passage: lifting-to-spasm', 'passage: strain-to-spasm') });
    const problems = problemsOf(dir).map((p) => p.message);
    expect(problems).toEqual(["passage 'lifting-to-spasm' is on one relation only: mark the same passage on the other hops it states, or remove it"]);
  });

  it('reports a passage joining a relation that shares no concept with the others', () => {
    const dir = fixtureGraphWith({
      'relations/causes.yaml': (t) => t.replace('quote: "A herniated disc can compress a nerve"\n', 'quote: "A herniated disc can compress a nerve"\n      passage: lifting-to-spasm\n'),
    });
    expect(problemsOf(dir).map((p) => p.message)).toContain(
      "passage 'lifting-to-spasm' marks herniated-disc -CAUSES-> nerve-compression, which shares no concept with its other relations: a passage joins consecutive hops",
    );
  });

  it('reports a passage on an anecdote, and an anecdote listed before a statement', () => {
    const dir = fixtureGraphWith({
      'relations/causes.yaml': (t) =>
        t.replace(
          '      quote: "Heavy lifting can strain the muscles of the back."\n      passage: lifting-to-spasm\n',
          '      quote: "Heavy lifting can strain the muscles of the back."\n      kind: anecdote\n      passage: lifting-to-spasm\n    - source: fixture-page.txt\n      quote: "Heavy lifting can strain the muscles of the back."\n      passage: lifting-to-spasm\n',
        ),
    });
    const problems = problemsOf(dir).map((p) => p.message);
    expect(problems).toContain("passage 'lifting-to-spasm' is on an anecdote: only a statement or expert quote can attest a chain; remove the passage");
    expect(problems).toContain('a statement quote is listed after a weaker anecdote: list statements and expert quotes first, then anecdotes, then questions');
  });

  it('reports a name used by two concepts', () => {
    const dir = fixtureGraphWith({ 'concepts/mechanisms.yaml': (t) => t.replace('synonyms: [pulled muscle]', 'synonyms: [pulled muscle, Heavy Lifting]') });
    expectOneProblem(dir, 'concepts/mechanisms.yaml', 3, /'Heavy Lifting' already names concept 'heavy-lifting'/);
  });

  it('reports urgent on a kind that cannot be urgent', () => {
    const dir = fixtureGraphWith({ 'concepts/causes.yaml': (t) => t.replace('  name: Dehydration\n', '  name: Dehydration\n  urgent: true\n') });
    expectOneProblem(dir, 'concepts/causes.yaml', 11, /'urgent' is only for red flags and conditions/);
  });

  it('reports a file name that matches no kind or relation type', () => {
    const dir = fixtureGraphWith({ 'relations/worsens.yaml': () => '[]\n' });
    expectOneProblem(dir, 'relations/worsens.yaml', 1, /no relation type is stored in 'worsens.yaml'; use one of: causes.yaml/);
  });

  it('reports every problem in one run, sorted by file and line', () => {
    const dir = fixtureGraphWith({
      'relations/causes.yaml': (t) => t.replace('to: muscle-strain', 'to: nowhere'),
      'relations/detects.yaml': (t) => t.replace('source: fixture-page.txt', 'source: elsewhere.txt'),
      'concepts/causes.yaml': (t) => t.replace('id: poor-posture', 'id: PoorPosture'),
    });
    const problems = problemsOf(dir);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.map((p) => p.file.replace(/^.*spasm-graph-[^/]+\//, ''))).toEqual([...problems.map((p) => p.file.replace(/^.*spasm-graph-[^/]+\//, ''))].sort());
    expect(problems.some((p) => /nowhere/.test(p.message))).toBe(true);
    expect(problems.some((p) => /elsewhere.txt/.test(p.message))).toBe(true);
    expect(problems.some((p) => /PoorPosture/.test(p.message))).toBe(true);
  });

  it('reports an empty or comment-only relations file instead of dropping its relations', () => {
    for (const text of ['', '# nothing here yet\n']) {
      expectOneProblem(fixtureGraphWith({ 'relations/detects.yaml': () => text }), 'relations/detects.yaml', 1, /is empty: it would silently drop everything/);
    }
  });

  it('reports a relations file renamed away as missing', () => {
    const dir = fixtureGraphWith({});
    renameSync(join(dir, 'relations/detects.yaml'), join(dir, 'relations/detects.yaml.bak'));
    expectOneProblem(dir, 'relations/detects.yaml', 1, /missing: the DETECTS relations live here/);
  });

  it('reports a missing sources.yaml first and alone, not with every citation after it', () => {
    const dir = fixtureGraphWith({});
    rmSync(join(dir, 'sources.yaml'));
    expectOneProblem(dir, 'sources.yaml', 1, /missing: every graph needs sources.yaml/);
  });

  it('refuses a graph file over the size limit with its size', () => {
    const dir = fixtureGraphWith({ 'concepts/causes.yaml': (t) => t + `# ${'x'.repeat(MAX_GRAPH_FILE_BYTES)}\n` });
    const problems = problemsOf(dir);
    expect(problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^is 1\.0 MB; graph files are at most 1 MB/) });
  });

  it('still reports the other files’ problems when one file does not parse, first the file that does not parse', () => {
    const dir = fixtureGraphWith({
      'concepts/causes.yaml': (t) => t.replace('  name: Poor posture', '  name: [Poor posture'),
      'concepts/symptoms.yaml': (t) => `${t}- id: sciatica\n  name: Sciatica again\n  description: A second definition.\n`,
      'relations/relieves.yaml': (t) => t.replace('to: back-spasm', 'to: nowhere'),
      'relations/causes.yaml': (t) => t.replace('from: poor-posture', 'from: poor-posture'),
    });
    const problems = problemsOf(dir).map((p) => `${p.file.replace(/^.*spasm-graph-[^/]+\//, '')}: ${p.message}`);
    expect(problems[0]).toMatch(/^concepts\/causes\.yaml: YAML syntax/);
    expect(problems.some((p) => /duplicate concept id 'sciatica'/.test(p))).toBe(true);
    expect(problems.some((p) => /relieves\.yaml: relation to unknown concept 'nowhere'/.test(p))).toBe(true);
    expect(problems.some((p) => /poor-posture/.test(p))).toBe(false);
  });

  it('throws a GraphValidationError listing the problems from loadGraph', () => {
    const dir = fixtureGraphWith({ 'relations/causes.yaml': (t) => t.replace('to: muscle-strain', 'to: nowhere') });
    expect(() => loadGraph(dir)).toThrow(GraphValidationError);
    expect(() => loadGraph(dir)).toThrow(/relations\/causes\.yaml:2: relation to unknown concept 'nowhere'/);
  });
});

describe('reporting problems in tours with file and line', () => {
  const STRAIN = 'tours/strain-to-spasm.yaml';
  const CALMING = 'tours/calming-a-spasm.yaml';

  it('reports YAML syntax errors', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('    narration: A strained muscle reacts.\n', '    narration: A strained muscle reacts.\n    title: Again\n') });
    expectOneProblem(dir, STRAIN, 8, /^YAML syntax: Map keys must be unique/);
  });

  it('reports a file holding a list instead of one tour', () => {
    const dir = fixtureGraphWith({ 'tours/extra.yaml': () => '- id: extra\n  title: Extra\n' });
    expectOneProblem(dir, 'tours/extra.yaml', 1, /expected one tour: a mapping with id, title, audience, summary and steps/);
  });

  it('reports an unknown field in a step at its own line', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('    show: [muscle-strain]\n', '    duration: 2 minutes\n    show: [muscle-strain]\n') });
    expectOneProblem(dir, STRAIN, 8, /unknown field 'duration' in 'steps.0'/);
  });

  it('reports a tour id that is not kebab-case', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('id: strain-to-spasm', 'id: Strain_To_Spasm') });
    expectOneProblem(dir, STRAIN, 1, /tour id 'Strain_To_Spasm' is not kebab-case/);
  });

  it('reports a tour id that differs from its file name', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('id: strain-to-spasm', 'id: from-strain-to-spasm') });
    expectOneProblem(dir, STRAIN, 1, /tour id 'from-strain-to-spasm' differs from its file name 'strain-to-spasm': rename the file to from-strain-to-spasm.yaml or change the id/);
  });

  it('reports a duplicate tour id with where it was first defined', () => {
    const copy = readFileSync(join(FIXTURE_GRAPH, STRAIN), 'utf8');
    const dir = fixtureGraphWith({ 'tours/strain-to-spasm.yml': () => copy });
    expectOneProblem(dir, 'tours/strain-to-spasm.yml', 1, /duplicate tour id 'strain-to-spasm' \(first defined at .*strain-to-spasm\.yaml:1\)/);
  });

  it('reports a tour without steps', () => {
    const dir = fixtureGraphWith({ [CALMING]: (t) => `${t.split('steps:')[0]}steps: []\n` });
    expectOneProblem(dir, CALMING, 5, /'steps' a tour needs at least one step/);
  });

  it('reports a step that shows nothing', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('show: [ice, inflammation, back-spasm]', 'show: []') });
    expectOneProblem(dir, STRAIN, 23, /'steps.2.show' a step shows at least one concept/);
  });

  it('reports unknown concepts in show, highlight and the answer, suggesting the nearest id', () => {
    const inShow = fixtureGraphWith({ [STRAIN]: (t) => t.replace('show: [muscle-strain, inflammation, back-spasm]', 'show: [muscle-strain, inflammation, back-spasm, back-spams]') });
    expectOneProblem(inShow, STRAIN, 16, /show lists unknown concept 'back-spams' \(did you mean 'back-spasm'\?\)/);
    const inHighlight = fixtureGraphWith({ [STRAIN]: (t) => t.replace('highlight: [back-spasm]', 'highlight: [back-spams]') });
    expectOneProblem(inHighlight, STRAIN, 17, /highlight lists unknown concept 'back-spams' \(did you mean 'back-spasm'\?\)/);
    const asAnswer = fixtureGraphWith({
      [CALMING]: (t) => t.replace('    relations:\n      - muscle-relaxants>CAUTION>drowsiness\n', '').replace('answer: drowsiness', 'answer: drowsyness'),
    });
    expectOneProblem(asAnswer, CALMING, 17, /the answer is an unknown concept 'drowsyness' \(did you mean 'drowsiness'\?\)/);
  });

  it('reports a highlight that is not among the concepts shown', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('highlight: [ice]', 'highlight: [muscle-strain]') });
    expectOneProblem(dir, STRAIN, 24, /highlight 'muscle-strain' is not in this step's show: add it to show or drop it from highlight/);
  });

  it('reports a concept listed twice in a step', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('highlight: [back-spasm]', 'highlight: [back-spasm, back-spasm]') });
    expectOneProblem(dir, STRAIN, 17, /'back-spasm' is listed twice in highlight/);
  });

  it('reports a relation the graph does not have, suggesting the nearest id', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('- muscle-strain>LEADS_TO>inflammation', '- muscle-strain>CAUSES>inflammation') });
    expectOneProblem(dir, STRAIN, 10, /unknown relation 'muscle-strain>CAUSES>inflammation' \(did you mean 'muscle-strain>LEADS_TO>inflammation'\?\)/);
  });

  it('reports a relation with an end the step does not show', () => {
    const dir = fixtureGraphWith({ [STRAIN]: (t) => t.replace('show: [muscle-strain, inflammation, back-spasm]', 'show: [inflammation, back-spasm]') });
    expectOneProblem(dir, STRAIN, 19, /relation 'muscle-strain>LEADS_TO>inflammation' ends at 'muscle-strain', which this step does not show: add it to show/);
  });

  it('reports a question whose answer the step already shows', () => {
    const dir = fixtureGraphWith({ [CALMING]: (t) => t.replace('show: [muscle-relaxants]', 'show: [muscle-relaxants, drowsiness]') });
    expectOneProblem(dir, CALMING, 19, /the answer 'drowsiness' is already shown in this step: remove it from show, it is revealed after the vote/);
  });

  it('reports a case finding the step does not show, and one the graph does not have', () => {
    const offScreen = fixtureGraphWith({ [STRAIN]: (t) => t.replace('    highlight: [back-spasm]\n', '    highlight: [back-spasm]\n    case:\n      findings: [back-spasm, sciatica]\n') });
    expectOneProblem(offScreen, STRAIN, 19, /the case's finding 'sciatica' is not in this step's show: add it to show, the class sees the findings/);
    const unknown = fixtureGraphWith({ [STRAIN]: (t) => t.replace('    highlight: [back-spasm]\n', '    highlight: [back-spasm]\n    case:\n      findings: [back-spams]\n') });
    expectOneProblem(unknown, STRAIN, 19, /the case lists unknown concept 'back-spams' \(did you mean 'back-spasm'\?\)/);
  });

  it('stays silent about concepts and relations whose own entries are already reported', () => {
    const brokenConcept = fixtureGraphWith({ 'concepts/mechanisms.yaml': (t) => t.replace('  name: Inflammation\n', '') });
    expectOneProblem(brokenConcept, 'concepts/mechanisms.yaml', 5, /'name'/);
    const brokenRelation = fixtureGraphWith({ 'relations/caution.yaml': (t) => t.replace(/evidence:[^]*$/, 'evidence: []\n') });
    expectOneProblem(brokenRelation, 'relations/caution.yaml', 3, /at least one evidence item/);
  });
});

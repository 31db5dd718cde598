import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { CAUSAL_RELATION_TYPES } from '../../../src/domain';
import { loadGraph } from '../../../src/graph';
import { graphVersion } from '../../../src/graph/graph-version';
import { statementText, type StatementName } from '../../../src/store/neo4j/queries';
import { neo4jSkipReason, useDriver } from './test-server';

/** A typical call of each read statement that finds things by id. */
const LOOKUPS: Partial<Record<StatementName, Record<string, unknown>>> = {
  'read/get-concepts': { ids: ['back-spasm', 'sciatica'] },
  'read/get-relations': { ids: ['back-spasm', 'sciatica'], types: null },
  'read/neighborhood': { ids: ['back-spasm'], depth: neo4j.int(2), kinds: null, relationTypes: null },
  'read/paths': { from: 'heavy-lifting', to: 'back-spasm', maxHops: neo4j.int(4), causalTypes: CAUSAL_RELATION_TYPES, explore: neo4j.int(10_000) },
  'read/causal-upstream': { ids: ['back-spasm', 'heavy-lifting'], maxHops: neo4j.int(4), causalTypes: CAUSAL_RELATION_TYPES },
  'read/tour': { id: 'heavy-lifting-to-sciatica' },
};

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
  /** Rows the operator produced, in a PROFILE. */
  rows?: number;
}

function rowsOf(plan: PlanNode): { operator: string; rows: number }[] {
  return [{ operator: plan.operatorType.replace(/@.*/, ''), rows: plan.rows ?? 0 }, ...plan.children.flatMap(rowsOf)];
}

function operators(plan: PlanNode): { operator: string; details: string }[] {
  const own = { operator: plan.operatorType.replace(/@.*/, ''), details: String(plan.arguments.Details ?? '') };
  return [own, ...plan.children.flatMap(operators)];
}

/** The plans Neo4j picks on the curated graph: every lookup by id seeks a unique constraint's index. */
describe.skipIf(Boolean(neo4jSkipReason))('query plans on the curated graph', () => {
  const graph = loadGraph('graph');
  const driver = useDriver(() => graph);
  async function planOf(name: StatementName, params: Record<string, unknown>) {
    const { summary } = await driver().executeQuery(`EXPLAIN ${statementText(name)}`, params, { database: 'neo4j' });
    return operators(summary.plan as unknown as PlanNode);
  }

  it.each(Object.entries(LOOKUPS))('%s finds its concepts through the id index, scanning no label', async (name, params) => {
    const plan = await planOf(name as StatementName, params!);
    expect(plan.filter((step) => step.operator === 'NodeUniqueIndexSeek').map((step) => step.details)).not.toEqual([]);
    expect(plan.map((step) => step.operator)).not.toContainEqual(expect.stringMatching(/LabelScan|AllNodesScan/));
  });

  it('stats finds the graph version through its index', async () => {
    const plan = await planOf('read/stats', {});
    expect(plan.find((step) => step.details.includes('g:GraphVersion'))).toMatchObject({ operator: 'NodeUniqueIndexSeek' });
  });

  it('list-concepts walks the id index from the cursor and stops after the page, scanning no label', async () => {
    const plan = await planOf('read/list-concepts', { kinds: ['Cause'], urgent: null, first: neo4j.int(20), after: 'heavy-lifting' });
    expect(plan.map((step) => step.operator)).toContain('NodeUniqueIndexSeekByRange');
    expect(plan.map((step) => step.operator)).not.toContainEqual(expect.stringMatching(/LabelScan|AllNodesScan|Sort|Top/));
  });

  // every search sends this statement; at 100,000 concepts a scan filtered afterwards by the version cost more than the search
  it('search-catalogue reads no concept when the store already holds the seeded version’s catalogue, and every one when it does not', async () => {
    const profile = async (known: string) => {
      const { summary } = await driver().executeQuery(`PROFILE ${statementText('read/search-catalogue')}`, { known }, { database: 'neo4j' });
      return rowsOf(summary.profile as unknown as PlanNode).filter((step) => /LabelScan|AllNodesScan/.test(step.operator));
    };
    expect(await profile(graphVersion(graph))).toEqual([{ operator: 'NodeByLabelScan', rows: 0 }]);
    expect(await profile('')).toEqual([{ operator: 'NodeByLabelScan', rows: graph.concepts.length }]);
  });
});

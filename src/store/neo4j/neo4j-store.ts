export async function createNeo4jStore(_config: unknown): Promise<never> {
  throw new Error('wip');
}

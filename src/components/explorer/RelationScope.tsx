/**
 * The condition or situation the quotes attach to a relation, set beside the relation wherever
 * it is stated, so the line never reads stronger than the sources.
 */
export function RelationScope({ scope }: { scope: string | null }) {
  if (scope === null) return null;
  return (
    <span className="relation-scope" title="The condition the sources attach to this relation">
      {' '}
      — {scope}
    </span>
  );
}

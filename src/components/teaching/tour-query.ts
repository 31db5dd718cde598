import { EvidencedRelationFragment, MapNodeFragment } from '../../client/fragments';
import { graphql, type ResultOf } from '../../client/graphql';

/** A whole tour: what the presenter steps through and the handout prints, every step with its concepts, relations and quotes, and question. */
export const TOUR_QUERY = graphql(
  `
    query Tour($id: ID!) {
      stats {
        version
      }
      tour(id: $id) {
        id
        title
        audience
        summary
        steps {
          index
          title
          narration
          show {
            ...MapNode
          }
          highlight {
            id
          }
          relations {
            ...EvidencedRelation
          }
          case {
            prompt
            findings {
              ...MapNode
            }
            analysis {
              explanations(first: 3) {
                concept {
                  id
                  name
                }
                covers {
                  id
                }
                isFinding
                strength
                hedged
                paths {
                  summary
                  provenance
                }
              }
              redFlags {
                redFlag {
                  id
                  name
                }
                reason
              }
            }
          }
          question {
            prompt
            answer {
              ...MapNode
            }
            choices {
              ...MapNode
            }
          }
        }
      }
    }
  `,
  [MapNodeFragment, EvidencedRelationFragment],
);

export type TourData = NonNullable<ResultOf<typeof TOUR_QUERY>['tour']>;
export type TourStep = TourData['steps'][number];

/** What the map shows for a step: its concepts, plus the answer once revealed, and the relations among them. */
export function stepMapData(step: TourStep, revealed: boolean) {
  const nodes = revealed && step.question ? [...step.show, step.question.answer] : step.show;
  const ids = new Set(nodes.map((n) => n.id));
  const edges = step.relations
    .filter((r) => ids.has(r.from.id) && ids.has(r.to.id))
    .map((r) => ({ id: r.id, type: r.type, from: r.from.id, to: r.to.id }));
  return { nodes, edges };
}

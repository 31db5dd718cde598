import { EvidencedRelationFragment, MapNodeFragment } from './fragments';
import { graphql, type ResultOf } from './graphql';

/** How many ranked explanations the case panel lists and the map draws. */
export const CASE_EXPLANATIONS_SHOWN = 5;

/**
 * A case as the case panel and the map show it (a quoted relation carries all the map draws): each finding as understood, the
 * ranked explanations with their paths (every hop with its quotes), the red flags with theirs,
 * and the sources with their reliability, which the panel names.
 */
export const CASE_QUERY = graphql(
  `
    query CaseView($findings: [String!]!, $first: Int!) {
      caseAnalysis(findings: $findings) {
        findings {
          text
          understoodAs
          concept {
            ...MapNode
          }
        }
        explanations(first: $first) {
          concept {
            ...MapNode
          }
          covers {
            id
            name
          }
          isFinding
          strength
          hedged
          hops
          paths {
            summary
            provenance
            nodes {
              ...MapNode
            }
            edges {
              ...EvidencedRelation
            }
          }
        }
        redFlags {
          redFlag {
            ...MapNode
          }
          reason
          relations {
            ...EvidencedRelation
          }
        }
      }
      sources {
        id
        title
        reliability
      }
    }
  `,
  [MapNodeFragment, EvidencedRelationFragment],
);

export type CaseResult = ResultOf<typeof CASE_QUERY>;
export type CaseExplanation = CaseResult['caseAnalysis']['explanations'][number];

/** A case in a URL: findings joined by "|" (`?case=back+spasm|fever`), as typed or as concept ids. */
export function parseCase(value: string | null): string[] {
  return value ? value.split('|').map((finding) => finding.trim()).filter(Boolean) : [];
}

export function serializeCase(findings: readonly string[]): string {
  return findings.join('|');
}

'use client';

import { useMemo, useState } from 'react';
import { CASE_EXPLANATIONS_SHOWN, CASE_QUERY } from '../../client/case-analysis';
import { useApiQuery } from '../../client/use-api-query';
import { caseSubgraph, explanationIds } from './case-map';

/**
 * The case the view names (its findings), analysed by the API: the ranked explanations, the one
 * chosen in the panel, and what the map draws for it. While a changed case loads, the map keeps
 * the last one.
 */
export function useCaseAnalysis(findings: readonly string[]) {
  const [chosen, setChosen] = useState(0);
  const request = useApiQuery(CASE_QUERY, findings.length > 0 ? { findings: [...findings], first: CASE_EXPLANATIONS_SHOWN } : null);
  const result = findings.length === 0 ? undefined : request.status === 'done' ? request.data : request.status === 'loading' ? request.previous : undefined;
  const analysis = result?.caseAnalysis ?? null;
  const map = useMemo(() => (analysis ? { subgraph: caseSubgraph(analysis), chosen: explanationIds(analysis.explanations[chosen]) } : null), [analysis, chosen]);
  return { request, analysis, chosen, setChosen, map };
}

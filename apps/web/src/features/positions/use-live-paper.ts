import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { isStance, positionKeys, provisionContent, type PositionStance, type ProvisionContent } from './position-content';

/** The paper's provisions as plain content, kept in step with the Y.Doc (recomputed at most every 200 ms). */
export function useLivePaper(doc: Y.Doc | null, provisionIds: string[]) {
  const [content, setContent] = useState<Map<string, ProvisionContent>>(new Map());
  const key = provisionIds.join(',');
  useEffect(() => {
    if (!doc) return undefined;
    const ids = key ? key.split(',') : [];
    let timer: number | undefined;
    const compute = () => setContent(new Map(ids.map((id) => [id, provisionContent(doc, id)])));
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(compute, 200);
    };
    compute();
    doc.on('update', schedule);
    return () => {
      window.clearTimeout(timer);
      doc.off('update', schedule);
    };
  }, [doc, key]);

  const stanceOf = useCallback((provisionId: string): PositionStance => {
    const value = doc?.getMap<string>(positionKeys.stances).get(provisionId);
    return isStance(value) ? value : 'NO_POSITION';
  }, [doc]);

  const setStance = useCallback(
    (provisionId: string, stance: PositionStance) => {
      doc?.getMap<string>(positionKeys.stances).set(provisionId, stance);
      if (doc) setContent((current) => new Map(current).set(provisionId, provisionContent(doc, provisionId)));
    },
    [doc],
  );
  return { content, stanceOf, setStance };
}

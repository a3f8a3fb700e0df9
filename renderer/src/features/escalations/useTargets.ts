import { useTranslation } from 'react-i18next';
import type { EscalationTarget } from '../../../../shared/domain/enums';
import type { EscalationTargetFile } from '../../../../shared/interchange';
import { useCatalogue } from '../../api/queries';

export interface Targets {
  /** The configured name (catalogue, §2.4), or the built-in label while the catalogue loads. */
  name(id: EscalationTarget): string;
  entry(id: EscalationTarget): EscalationTargetFile | undefined;
}

/** Escalation targets are configurable data (DOMAIN.md: PRIO's lifetime is limited): read them from the catalogue. */
export function useTargets(): Targets {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const byId = new Map((catalogue.data?.escalationTargets ?? []).map((e) => [e.id, e]));
  return {
    name: (id) => byId.get(id)?.name ?? t(`target.${id}`),
    entry: (id) => byId.get(id),
  };
}

import type { Direction } from '@/utils/invoice/model';
import type { PortalExportResult } from '@/utils/extract/types';
import { translator } from '@/utils/i18n/t';
import { formatChinaTime, type UiLanguage } from '@/utils/ui-text';

interface Props {
  fileName: string;
  result: PortalExportResult;
  lang: UiLanguage;
  onChange: (change: (r: PortalExportResult) => PortalExportResult) => void;
}

/**
 * The portal's own export records what the portal has. Its rows carry no query, so the user confirms the range
 * and direction it covered; the scope is what later tells "not on the portal" from "not searched".
 */
export function ExportScope({ fileName, result, lang, onChange }: Props) {
  const t = translator(lang);
  const { scope } = result;
  const setScope = (patch: Partial<typeof scope>) => onChange((r) => ({ ...r, scope: { ...r.scope, ...patch } }));
  return (
    <section class="export-scope" data-testid="export-scope" data-file={fileName} data-sightings={result.scope.rows}>
      <h3>{t('import.exportTitle', { name: fileName })}</h3>
      <p class="hint">{t('import.exportHint', { n: result.scope.rows })}</p>
      <div class="export-fields">
        <label>
          <span>{t('import.exportDirection')}</span>
          <select
            data-testid="export-direction"
            value={scope.direction ?? ''}
            onChange={(e) => setScope({ direction: ((e.currentTarget as HTMLSelectElement).value || null) as Direction | null })}
          >
            <option value="">{t('import.directionUnknown')}</option>
            <option value="received">{t('import.directionReceived')}</option>
            <option value="issued">{t('import.directionIssued')}</option>
          </select>
        </label>
        <label>
          <span>{t('import.exportFrom')}</span>
          <input type="date" data-testid="export-date-from" value={scope.dateFrom ?? ''} onInput={(e) => setScope({ dateFrom: (e.currentTarget as HTMLInputElement).value || null })} />
        </label>
        <label>
          <span>{t('import.exportTo')}</span>
          <input type="date" data-testid="export-date-to" value={scope.dateTo ?? ''} onInput={(e) => setScope({ dateTo: (e.currentTarget as HTMLInputElement).value || null })} />
        </label>
      </div>
      <p class="hint">{t('import.exportMadeAt', { at: formatChinaTime(scope.at) })}</p>
    </section>
  );
}

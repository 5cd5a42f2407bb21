import type { Direction } from '@/utils/invoice/model';
import type { PortalExportResult } from '@/utils/extract/types';
import { formatChinaTime, say, type UiLanguage } from '@/utils/ui-text';
import { IMPORT_TEXT } from './import-text';

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
  const { scope } = result;
  const setScope = (patch: Partial<typeof scope>) => onChange((r) => ({ ...r, scope: { ...r.scope, ...patch } }));
  return (
    <section class="export-scope" data-testid="export-scope" data-file={fileName} data-sightings={result.scope.rows}>
      <h3>{say(IMPORT_TEXT.exportTitle(fileName), lang)}</h3>
      <p class="hint">{say(IMPORT_TEXT.exportHint(result.scope.rows), lang)}</p>
      <div class="export-fields">
        <label>
          <span>{say(IMPORT_TEXT.exportDirection, lang)}</span>
          <select
            data-testid="export-direction"
            value={scope.direction ?? ''}
            onChange={(e) => setScope({ direction: ((e.currentTarget as HTMLSelectElement).value || null) as Direction | null })}
          >
            <option value="">{say(IMPORT_TEXT.directionUnknown, lang)}</option>
            <option value="received">{say(IMPORT_TEXT.directionReceived, lang)}</option>
            <option value="issued">{say(IMPORT_TEXT.directionIssued, lang)}</option>
          </select>
        </label>
        <label>
          <span>{say(IMPORT_TEXT.exportFrom, lang)}</span>
          <input type="date" data-testid="export-date-from" value={scope.dateFrom ?? ''} onInput={(e) => setScope({ dateFrom: (e.currentTarget as HTMLInputElement).value || null })} />
        </label>
        <label>
          <span>{say(IMPORT_TEXT.exportTo, lang)}</span>
          <input type="date" data-testid="export-date-to" value={scope.dateTo ?? ''} onInput={(e) => setScope({ dateTo: (e.currentTarget as HTMLInputElement).value || null })} />
        </label>
      </div>
      <p class="hint">{say(IMPORT_TEXT.exportMadeAt(formatChinaTime(scope.at)), lang)}</p>
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { SheetMappingRequest } from '@/utils/extract/types';
import type { ColumnMapping } from '@/utils/extract/sheet/header-map';
import { translator } from '@/utils/i18n/t';
import type { UiLanguage } from '@/utils/ui-text';

const MAPPED_FIELDS = ['number', 'code', 'date', 'total', 'amount', 'tax', 'sellerName', 'sellerTaxId', 'buyerName', 'buyerTaxId', 'checkCode'] as const;

interface Props {
  fileName: string;
  request: SheetMappingRequest;
  lang: UiLanguage;
  onApply: (mapping: ColumnMapping) => void;
}

/** A sheet whose headers were not all recognised: the user picks the column of each field. */
export function MappingDialog({ fileName, request, lang, onApply }: Props) {
  const t = translator(lang);
  const [mapping, setMapping] = useState<ColumnMapping>(request.guess);
  const columnName = (i: number) => request.headers[i] || request.sample[0]?.[i] || `#${i + 1}`;
  return (
    <section class="mapping" data-testid="mapping-dialog" data-file={fileName}>
      <h3>{t('import.mappingTitle', { name: fileName })}</h3>
      <p class="hint">{t('import.mappingHint')}</p>
      <div class="mapping-grid">
        {MAPPED_FIELDS.map((field) => (
          <label key={field}>
            <span>{t(`import.field.${field}`)}</span>
            <select
              data-testid="mapping-select"
              data-field={field}
              value={mapping[field] ?? ''}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                const next = { ...mapping };
                if (v === '') delete next[field];
                else next[field] = Number(v);
                setMapping(next);
              }}
            >
              <option value="">{t('import.mappingNone')}</option>
              {request.headers.map((_, i) => (
                <option key={i} value={i}>
                  {columnName(i)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <table class="mapping-sample">
        <tbody>
          {request.sample.slice(0, 3).map((cells, r) => (
            <tr key={r}>
              {cells.map((c, i) => (
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" data-testid="mapping-apply" onClick={() => onApply(mapping)}>
        {t('import.mappingApply')}
      </button>
    </section>
  );
}

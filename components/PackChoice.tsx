/** The pack for this case: chosen here for this case only; read-only when the organisation sets it. */
import type { CaseState } from '../messaging/protocol';
import { t } from './i18n';

export function PackChoice({ state, onPack }: { state: CaseState; onPack: (pack: string) => void }) {
  return (
    <div class="cc-pack">
      <label for="cc-pack-choice">{t('packForThisCase')}</label>
      <select
        id="cc-pack-choice"
        name="pack"
        value={state.packLocked ? state.packId : state.packChoice}
        disabled={state.packLocked}
        aria-describedby={state.packLocked ? 'cc-pack-locked' : undefined}
        onChange={(e) => onPack((e.currentTarget as HTMLSelectElement).value)}
      >
        {!state.packLocked && <option value="auto">{t('packDefaultForCases', state.defaultPack.title)}</option>}
        {state.packs.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      {state.packLocked && (
        <p class="cc-policy" id="cc-pack-locked">
          {t('setByOrganisation')}
        </p>
      )}
    </div>
  );
}

/**
 * The options page: the policy pack, its timescales, draft retention and the drafts kept,
 * the council's case-system addresses, and custom packs. Values the organisation sets by
 * policy are shown read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { HostSystem } from '../record/schema';
import { validatePack } from '../rules/packs';
import { RULES } from '../rules/registry';
import { titleOf } from '../rules/engine';
import { allPacks, resolvePack } from '../rules/resolve';
import { matchPattern } from '../storage/addresses';
import { deleteAllDrafts, deleteDraft, listDrafts } from '../storage/drafts';
import { t } from './i18n';
import { loadSettings, onSettingsChanged, saveSettings, type Manageable, type Settings } from '../storage/settings';

type InForce = Settings & { managed: Manageable[] };

const ByPolicy = ({ on }: { on: boolean }) => (on ? <p class="cc-hint cc-policy">{t('setByOrganisation')}</p> : null);

export function OptionsApp() {
  const [s, setS] = useState<InForce | null>(null);
  const [said, setSaid] = useState('');
  useEffect(() => {
    void loadSettings().then(setS);
    return onSettingsChanged(setS);
  }, []);
  if (!s) return <p>{t('loadingSettings')}</p>;
  const locked = (key: Manageable) => s.managed.includes(key);
  const save = (change: Partial<Settings>, message: string) => void saveSettings(change).then(() => setSaid(message));
  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p role="status" class="cc-saved">{said}</p>
      <PackChoice s={s} locked={locked('pack')} onChange={(pack) => save({ pack }, t('savedPack'))} />
      <Timescales s={s} locked={locked('params')} onSave={(params, message) => save({ params }, message)} />
      <Drafts s={s} locked={locked('retentionDays')} onRetention={(retentionDays) => save({ retentionDays }, t('savedRetention', String(retentionDays)))} />
      <Addresses s={s} locked={locked('addresses')} onSave={(addresses, message) => save({ addresses }, message)} />
      <CustomPacks s={s} onSave={(customPacks, message) => save({ customPacks }, message)} />
    </main>
  );
}

function PackChoice({ s, locked, onChange }: { s: InForce; locked: boolean; onChange: (pack: string) => void }) {
  return (
    <section aria-labelledby="h-pack">
      <h2 id="h-pack">{t('policyPack')}</h2>
      <label for="pack">
        {t('policyPack')} <span class="cc-hint">{t('policyPackHint')}</span>
      </label>
      <select id="pack" name="pack" value={s.pack} disabled={locked} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="auto">{t('packDefaultForEachSystem')}</option>
        {allPacks(s.customPacks).map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      <ByPolicy on={locked} />
    </section>
  );
}

function Timescales({ s, locked, onSave }: { s: InForce; locked: boolean; onSave: (params: Settings['params'], message: string) => void }) {
  const packId = s.pack === 'auto' ? null : s.pack;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const systems: HostSystem[] = ['mosaic', 'care-assess'];
  const packs = packId ? [resolvePack('mosaic', packId, s.customPacks, s.params)] : systems.map((sys) => resolvePack(sys, 'auto', s.customPacks, s.params));
  return (
    <section aria-labelledby="h-times">
      <h2 id="h-times">{t('timescalesHeading')}</h2>
      {packs.map((pack) => {
        const rows = pack.rules.flatMap((entry) => Object.entries(RULES[entry.rule]?.params ?? {}).filter(([, spec]) => spec.unit === 'days').map(([name, spec]) => ({ entry, name, spec })));
        if (!rows.length) return <p key={pack.id}>{t('noTimescales', pack.title)}</p>;
        return (
          <fieldset key={pack.id}>
            <legend>{pack.title}</legend>
            {rows.map(({ entry, name, spec }) => {
              const id = `p-${pack.id}-${entry.rule}-${name}`;
              const value = entry.params?.[name] ?? spec.default;
              return (
                <div key={id}>
                  <label for={id}>
                    {titleOf(RULES[entry.rule]!, entry.params)}: {spec.label} ({spec.min}–{spec.max})
                  </label>
                  <input
                    id={id}
                    type="number"
                    min={spec.min}
                    max={spec.max}
                    value={value}
                    disabled={locked}
                    aria-invalid={errors[id] ? 'true' : undefined}
                    aria-describedby={errors[id] ? `${id}-error` : undefined}
                    onChange={(e) => {
                      const v = Number((e.currentTarget as HTMLInputElement).value);
                      if (!Number.isInteger(v) || v < spec.min || v > spec.max) {
                        setErrors({ ...errors, [id]: t('enterWholeDays', [String(spec.min), String(spec.max)]) });
                        return;
                      }
                      setErrors({ ...errors, [id]: '' });
                      const params = structuredClone(s.params);
                      ((params[pack.id] ??= {})[entry.rule] ??= {})[name] = v;
                      onSave(params, t('savedTimescale', [spec.label.toLowerCase(), String(v)]));
                    }}
                  />
                  {errors[id] && (
                    <p id={`${id}-error`} class="cc-error">
                      {errors[id]}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <ByPolicy on={locked} />
    </section>
  );
}

function Drafts({ s, locked, onRetention }: { s: InForce; locked: boolean; onRetention: (days: number) => void }) {
  const [drafts, setDrafts] = useState<{ caseKey: string; updatedAt: string }[] | null>(null);
  const [error, setError] = useState('');
  const refresh = () => void listDrafts().then(setDrafts, () => setDrafts([]));
  useEffect(refresh, []);
  return (
    <section aria-labelledby="h-drafts">
      <h2 id="h-drafts">{t('draftsHeading')}</h2>
      <label for="retention">{t('retentionLabel')}</label>
      <input
        id="retention"
        name="retentionDays"
        type="number"
        min={1}
        max={365}
        value={s.retentionDays}
        disabled={locked}
        aria-invalid={error ? 'true' : undefined}
        onChange={(e) => {
          const v = Number((e.currentTarget as HTMLInputElement).value);
          if (!Number.isInteger(v) || v < 1 || v > 365) return setError(t('enterWholeDays', ['1', '365']));
          setError('');
          onRetention(v);
        }}
      />
      {error && <p class="cc-error">{error}</p>}
      <ByPolicy on={locked} />
      {drafts && drafts.length === 0 && <p>{t('noDrafts')}</p>}
      {drafts && drafts.length > 0 && (
        <>
          <table class="cc-table">
            <thead>
              <tr>
                <th scope="col">{t('draftsCaseColumn')}</th>
                <th scope="col">{t('draftsLastSavedColumn')}</th>
                <th scope="col">
                  <span class="cc-visually-hidden">{t('draftsDeleteColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => (
                <tr key={d.caseKey}>
                  <td>{d.caseKey}</td>
                  <td>{new Date(d.updatedAt).toLocaleString('en-GB')}</td>
                  <td>
                    <button type="button" onClick={() => void deleteDraft(d.caseKey).then(refresh)}>
                      {t('deleteDraft')}<span class="cc-visually-hidden"> {t('deleteDraftContext', d.caseKey)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => confirm(t('confirmDeleteAllDrafts')) && void deleteAllDrafts().then(refresh)}>
            {t('deleteAllDrafts')}
          </button>
        </>
      )}
    </section>
  );
}

function Addresses({ s, locked, onSave }: { s: InForce; locked: boolean; onSave: (a: Settings['addresses'], message: string) => void }) {
  const [origin, setOrigin] = useState('');
  const [system, setSystem] = useState<HostSystem>('mosaic');
  const [error, setError] = useState('');
  return (
    <section aria-labelledby="h-addresses">
      <h2 id="h-addresses">{t('addressesHeading')}</h2>
      <p class="cc-hint">{t('addressesHint')}</p>
      {s.addresses.length > 0 && (
        <ul>
          {s.addresses.map((a) => (
            <li key={a.origin}>
              {a.origin} ({a.system === 'mosaic' ? t('systemMosaic') : t('systemCareAssess')}){' '}
              {!locked && (
                <button type="button" onClick={() => onSave(s.addresses.filter((x) => x.origin !== a.origin), t('removedAddress', a.origin))}>
                  {t('removeAddress')}<span class="cc-visually-hidden"> {a.origin}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ByPolicy on={locked} />
      {!locked && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const pattern = matchPattern(origin.trim());
            if (!pattern) return setError(t('addressInvalid'));
            setError('');
            // Asked on the practitioner's click, as the browser requires.
            void browser.permissions.request({ origins: [pattern] }).then((granted) => {
              if (!granted) return setError(t('addressNotAllowed'));
              const clean = new URL(origin.trim()).origin;
              onSave([...s.addresses.filter((a) => a.origin !== clean), { origin: clean, system }], t('addedAddress', clean));
              setOrigin('');
            });
          }}
        >
          <label for="address">{t('addressLabel')}</label>
          <input id="address" name="address" type="url" value={origin} onInput={(e) => setOrigin((e.currentTarget as HTMLInputElement).value)} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'address-error' : undefined} />
          <label for="system">{t('systemLabel')}</label>
          <select id="system" name="system" value={system} onChange={(e) => setSystem((e.currentTarget as HTMLSelectElement).value as HostSystem)}>
            <option value="mosaic">{t('systemMosaic')}</option>
            <option value="care-assess">{t('systemCareAssess')}</option>
          </select>
          <button type="submit">{t('addAddress')}</button>
          {error && (
            <p id="address-error" class="cc-error">
              {error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

function CustomPacks({ s, onSave }: { s: InForce; onSave: (packs: Settings['customPacks'], message: string) => void }) {
  const [errors, setErrors] = useState<string[]>([]);
  const exportPack = (id: string) => {
    const pack = allPacks(s.customPacks).find((p) => p.id === id) ?? resolvePack('mosaic', id, s.customPacks, s.params);
    const blob = new Blob([JSON.stringify(pack, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${pack.id}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  return (
    <section aria-labelledby="h-custom">
      <h2 id="h-custom">{t('customPacksHeading')}</h2>
      <p class="cc-hint">{t('customPacksHint')}</p>
      <label for="export">{t('exportPackLabel')}</label>
      <select id="export" onChange={(e) => exportPack((e.currentTarget as HTMLSelectElement).value)} value="">
        <option value="" disabled>
          {t('choosePackToExport')}
        </option>
        {allPacks(s.customPacks).map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      <label for="import">{t('importPackLabel')}</label>
      <input
        id="import"
        name="import"
        type="file"
        accept="application/json,.json"
        aria-describedby={errors.length ? 'import-errors' : undefined}
        onChange={async (e) => {
          const file = (e.currentTarget as HTMLInputElement).files?.[0];
          if (!file) return;
          let json: unknown;
          try {
            json = JSON.parse(await file.text());
          } catch {
            return setErrors([t('importNotJson', file.name)]);
          }
          const result = validatePack(json);
          if (!result.ok) return setErrors(result.errors.map((er) => `${er.path}: ${er.message}`));
          setErrors([]);
          onSave([...s.customPacks.filter((p) => p.id !== result.pack.id), result.pack], t('importedPack', [result.pack.title, t('policyPack')]));
        }}
      />
      {errors.length > 0 && (
        <div id="import-errors" class="cc-error" role="alert">
          <p>{t('importFailed')}</p>
          <ul>
            {errors.map((er) => (
              <li key={er}>{er}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

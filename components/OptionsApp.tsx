/**
 * The options page: the policy pack, its timescales, draft retention and the drafts kept,
 * the council's case-system addresses, and custom packs. Values the organisation sets by
 * policy are shown read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { HostSystem } from '../record/schema';
import { checkImport } from '../rules/packs';
import { RULES } from '../rules/registry';
import { titleOf } from '../rules/engine';
import { allPacks, resolvePack } from '../rules/resolve';
import { matchPattern } from '../storage/addresses';
import { deleteAllDrafts, deleteDraft, openDrafts, type OpenedDraft } from '../storage/drafts';
import { BUILT_IN } from '../adapters/profiles';
import { t } from './i18n';
import { loadSettings, onSettingsChanged, saveSettings, type Manageable, type Settings, type SettingsInForce as InForce } from '../storage/settings';
import { PolicyNotice } from './PolicyNotice';
import { policyProblems } from './policy-problems';
import { ProfilesSection } from './ProfilesSection';

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
      <PolicyNotice problems={policyProblems(s)} />
      <p role="status" class="cc-saved">{said}</p>
      <PackChoice s={s} locked={s.packLocked} onChange={(pack) => save({ pack }, t('savedPack'))} />
      <Timescales s={s} locked={locked('params')} onSave={(params, message) => save({ params }, message)} />
      <Drafts s={s} locked={locked('retentionDays')} onRetention={(retentionDays) => save({ retentionDays }, t('savedRetention', String(retentionDays)))} />
      <Addresses s={s} locked={locked('addresses')} onSave={(addresses, message) => save({ addresses }, message)} />
      <CustomPacks s={s} locked={locked('customPacks')} onSave={(customPacks) => saveSettings({ customPacks })} />
      <ProfilesSection adminMode={s.adminMode} adminLocked={locked('adminMode')} onAdminMode={(adminMode) => save({ adminMode }, t(adminMode ? 'savedAdminModeOn' : 'savedAdminModeOff'))} />
    </main>
  );
}

function PackChoice({ s, locked, onChange }: { s: InForce; locked: boolean; onChange: (pack: string) => void }) {
  const { missing } = resolvePack('mosaic', s.pack, s.customPacks, {});
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
        {/* A pack that is not there is shown as such, never as another pack. */}
        {missing && <option value={missing}>{t('packNotFoundOption', missing)}</option>}
      </select>
      <ByPolicy on={locked} />
    </section>
  );
}

function Timescales({ s, locked, onSave }: { s: InForce; locked: boolean; onSave: (params: Settings['params'], message: string) => void }) {
  // A pack that is not there is in force as each system's default, as for auto.
  const packId = s.pack === 'auto' || resolvePack('mosaic', s.pack, s.customPacks, {}).missing ? null : s.pack;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const systems: HostSystem[] = Object.keys(BUILT_IN);
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
  const [drafts, setDrafts] = useState<OpenedDraft[] | null>(null);
  const [error, setError] = useState('');
  // Opened here, on this device, for the child's name sealed with each draft: it is never kept in plain text.
  const refresh = () => void openDrafts().then(setDrafts, () => setDrafts([]));
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
                <th scope="col">{t('draftsDocumentColumn')}</th>
                <th scope="col">{t('draftsLastSavedColumn')}</th>
                <th scope="col">
                  <span class="cc-visually-hidden">{t('draftsDeleteColumn')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {drafts.map((d) => {
                const name = d.readable && d.caseName ? t('draftsCaseNamed', [d.caseName, d.caseKey]) : d.caseKey;
                return (
                  <tr key={d.id}>
                    <td>{name}</td>
                    <td>{d.readable ? d.label : t('draftUnreadable')}</td>
                    <td>{new Date(d.updatedAt).toLocaleString('en-GB')}</td>
                    <td>
                      <button type="button" onClick={() => void deleteDraft(d.id).then(refresh)}>
                        {t('deleteDraft')}<span class="cc-visually-hidden"> {t('deleteDraftContext', d.readable ? `${name}, ${d.label}` : name)}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
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
              {a.origin} ({BUILT_IN[a.system]?.name ?? a.system}){' '}
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
            {Object.values(BUILT_IN).map((p) => (
              <option key={p.system} value={p.system}>
                {p.name}
              </option>
            ))}
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

type ImportOutcome = { ok: true; message: string } | { ok: false; lines: string[] };

function CustomPacks({ s, locked, onSave }: { s: InForce; locked: boolean; onSave: (packs: Settings['customPacks']) => Promise<unknown> }) {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const exportPack = (id: string) => {
    const pack = allPacks(s.customPacks).find((p) => p.id === id) ?? resolvePack('mosaic', id, s.customPacks, s.params);
    const blob = new Blob([JSON.stringify(pack, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${pack.id}.json`;
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importFile = async (file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setOutcome({ ok: false, lines: [t('importNotJson', file.name)] });
    }
    const result = checkImport(json, s.customPacks);
    if (!result.ok) return setOutcome({ ok: false, lines: result.errors.map((er) => er.message) });
    await onSave([...s.customPacks.filter((p) => p.id !== result.pack.id), result.pack]);
    const message = result.replaces ? t('importedPackReplacing', [result.pack.title, result.replaces.id, t('policyPack')]) : t('importedPack', [result.pack.title, t('policyPack')]);
    return setOutcome({ ok: true, message });
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
      {locked ? (
        <>
          <p class="cc-hint">{t('importLockedHint')}</p>
          <ByPolicy on />
        </>
      ) : (
        <>
          <label for="import">{t('importPackLabel')}</label>
          <input
            id="import"
            name="import"
            type="file"
            accept="application/json,.json"
            aria-describedby="import-result"
            aria-invalid={outcome && !outcome.ok ? 'true' : undefined}
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) void importFile(file);
            }}
          />
          {/* Beside the control and always present, so what the import did is read with it and announced. */}
          <div id="import-result" role="status" class={outcome && !outcome.ok ? 'cc-error' : 'cc-saved'}>
            {outcome?.ok && <p>{outcome.message}</p>}
            {outcome && !outcome.ok && (
              <>
                <p>{t('importFailed')}</p>
                <ul>
                  {outcome.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </>
      )}
    </section>
  );
}

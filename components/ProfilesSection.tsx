/**
 * The options page's case-system profiles: which profile each system is read with (built in,
 * imported on this device, or set by the organisation), importing a council's profile (checked field
 * by field; a bad file changes nothing), exporting one as the same JSON, removing one, and the
 * profiles that were refused and why.
 */
import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_FILES } from '../adapters/profiles';
import { MAX_PROFILE_BYTES, type Problem } from '../adapters/profiles/check';
import type { ProfileFile } from '../adapters/profiles/schema';
import { importProfile, loadProfiles, onProfilesChanged, removeProfile, type ProfilesInForce } from '../storage/profiles';
import { t } from './i18n';

function download(file: ProfileFile, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

interface Props {
  adminMode: boolean;
  /** Administrator mode is fixed by the organisation's policy. */
  adminLocked: boolean;
  onAdminMode: (on: boolean) => void;
}

export function ProfilesSection({ adminMode, adminLocked, onAdminMode }: Props) {
  const [inForce, setInForce] = useState<ProfilesInForce | null>(null);
  const [said, setSaid] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  useEffect(() => {
    const refresh = () => void loadProfiles().then(setInForce);
    refresh();
    return onProfilesChanged(refresh);
  }, []);
  if (!inForce) return null;

  const onFile = async (file: File) => {
    setProblems([]);
    if (file.size > MAX_PROFILE_BYTES) return setSaid(t('profileTooBig', [file.name, String(Math.round(MAX_PROFILE_BYTES / 1024))]));
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setSaid(t('profileNotJson', file.name));
    }
    const result = await importProfile(json);
    if (!result.ok) {
      setSaid(t('profileNotImported', file.name));
      return setProblems(result.problems);
    }
    setSaid(t(result.replaced ? 'profileReplaced' : 'profileImported', [result.file.name, result.file.system]));
  };

  return (
    <section aria-labelledby="h-profiles">
      <h2 id="h-profiles">{t('profilesHeading')}</h2>
      <p class="cc-hint">{t('profilesHint')}</p>
      <table class="cc-table">
        <thead>
          <tr>
            <th scope="col">{t('profilesSystemColumn')}</th>
            <th scope="col">{t('profilesReadWithColumn')}</th>
            <th scope="col">
              <span class="cc-visually-hidden">{t('profilesActionsColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {inForce.profiles.map((profile) => {
            const council = inForce.council.find((c) => c.file.system === profile.system);
            const builtIn = BUILT_IN_FILES.find((f) => f.system === profile.system);
            return (
              <tr key={profile.system}>
                <td>{profile.system}</td>
                <td>
                  {council ? council.file.name : profile.name} <span class="cc-hint">({t(!council ? 'profileBuiltIn' : council.from === 'policy' ? 'profileByPolicy' : 'profileImportedHere')})</span>
                </td>
                <td>
                  {council && (
                    <button type="button" onClick={() => download(council.file, `${profile.system}-council-profile.json`)}>
                      {t('profileExport')}<span class="cc-visually-hidden"> {council.file.name}</span>
                    </button>
                  )}{' '}
                  {builtIn && (
                    <button type="button" class="cc-secondary" onClick={() => download(builtIn, `${profile.system}-built-in-profile.json`)}>
                      {t('profileExportBuiltIn')}<span class="cc-visually-hidden"> {profile.system}</span>
                    </button>
                  )}{' '}
                  {council?.from === 'local' && (
                    <button type="button" onClick={() => void removeProfile(profile.system).then(() => setSaid(t('profileRemoved', [council.file.name, profile.system])))}>
                      {t('profileRemove')}<span class="cc-visually-hidden"> {council.file.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {inForce.refused.length > 0 && (
        <div class="cc-error" role="alert">
          {inForce.refused.map((r) => (
            <div key={`${r.from}:${r.name}`}>
              <p>{t(r.from === 'policy' ? 'profileRefusedPolicy' : 'profileRefusedLocal', r.name)}</p>
              <ul>{r.problems.map((p) => <li key={`${p.path}:${p.message}`}>{`${p.path}: ${p.message}`}</li>)}</ul>
            </div>
          ))}
        </div>
      )}
      <div class="cc-check">
        <input id="admin-mode" name="adminMode" type="checkbox" checked={adminMode} disabled={adminLocked} aria-describedby="admin-mode-hint" onChange={(e) => onAdminMode((e.currentTarget as HTMLInputElement).checked)} />
        <label for="admin-mode">{t('adminModeLabel')}</label>
      </div>
      <p id="admin-mode-hint" class="cc-hint">
        {t('adminModeHint')}
        {adminLocked && ` ${t('setByOrganisation')}`}
      </p>
      <label for="profile">{t('profileImportLabel')}</label>
      <input
        id="profile"
        name="profile"
        type="file"
        accept="application/json,.json"
        aria-describedby="profile-result"
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          if (file) void onFile(file).finally(() => (input.value = ''));
        }}
      />
      <div id="profile-result" role="status" class={problems.length ? 'cc-error' : 'cc-saved'}>
        {said && <p>{said}</p>}
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>{`${p.path}: ${p.message}`}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

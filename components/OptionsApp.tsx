/** The options page: which policy pack the checklist uses. */
import { useEffect, useState } from 'preact/hooks';
import { PACKS } from '../rules/packs';
import { loadSettings, onSettingsChanged, saveSettings } from '../storage/settings';

export function OptionsApp() {
  const [pack, setPack] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  useEffect(() => {
    void loadSettings().then((s) => setPack(s.pack));
    return onSettingsChanged((s) => setPack(s.pack));
  }, []);
  return (
    <main>
      <h1>Closure Companion settings</h1>
      <label for="pack">
        Policy pack
        <span class="cc-hint"> — the practice guidance the checklist follows</span>
      </label>
      <select
        id="pack"
        name="pack"
        value={pack ?? 'auto'}
        disabled={pack === null}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          setPack(value);
          void saveSettings({ pack: value }).then(() => setSaved('Saved. Open checklists now use this pack.'));
        }}
      >
        <option value="auto">Default for each case system</option>
        {PACKS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      <p role="status">{saved}</p>
    </main>
  );
}

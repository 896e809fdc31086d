/**
 * "Show the extension where this is", in administrator mode, on an item the panel could not read.
 * Opening it loads the mapping control (MapBox), which is not part of the overlay script.
 */
import { useState } from 'preact/hooks';
import type { Adapter } from '../adapters/adapter';
import type { Message } from '../messaging/protocol';
import type { EvaluatedRule } from '../rules/engine';
import { t } from './i18n';
import { OnRequest } from './OnRequest';

/** What the panel lends the mapping control: the system's adapter, and a way to ask the service worker. */
export interface MappingSource {
  adapter: Adapter;
  send: <T>(message: Message) => Promise<T | undefined>;
}

export function MapField({ verdict, source }: { verdict: EvaluatedRule; source: MappingSource }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" class="cc-link cc-map" aria-expanded="false" onClick={() => setOpen(true)}>
        {t('mapShowWhere')}<span class="cc-visually-hidden"> {t('guidanceContext', verdict.title)}</span>
      </button>
    );
  }
  return <OnRequest parts="it">{(parts) => <parts.MapBox verdict={verdict} mapping={parts.mappingFor(source)} onClose={() => setOpen(false)} />}</OnRequest>;
}

/** Under a section: the guidance it answers (by the document's name), the facts it drew on and where each was seen, and what is not seen yet. */
import type { DraftInput, DraftSection } from '../drafting/types';
import { citationName } from '../rules/sources';
import { t } from './i18n';

export function DraftGuidance({ section, pageTitle }: { section: DraftSection; pageTitle: DraftInput['pageTitle'] }) {
  const notSeen = [...new Set(section.notKnown.map((n) => n.page))];
  return (
    <div class="cc-guidance">
      <p class="cc-from">
        {t('draftSource', citationName(section.source))}: <q>{section.source.quote}</q>
      </p>
      {section.facts.length > 0 && (
        <p class="cc-from">
          {t('draftFromLabel')}{' '}
          {section.facts.map((f, i) => (
            <span key={f.fact} data-fact={f.fact}>
              {i > 0 && '; '}
              {pageTitle(f.source.page)} · {f.source.label}
            </span>
          ))}
        </p>
      )}
      {notSeen.length > 0 && <p class="cc-from cc-not-seen">{t('draftNotSeenYet', notSeen.join(', '))}</p>}
      {section.consider.length > 0 && (
        <div class="cc-consider">
          <p class="cc-from">{t('considerHeading')}</p>
          <dl>
            {section.consider.map((c, i) => (
              <div key={i}>
                <dt>
                  {c.label}
                  {c.source && <span class="cc-from"> ({pageTitle(c.source.page)} · {c.source.label})</span>}
                </dt>
                <dd>{c.text}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}

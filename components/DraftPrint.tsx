/**
 * The draft as it will print: the text alone, laid out as a letter or a record. Printing the
 * page at any time prints only this (draft-print.css): no extension controls, nothing but
 * this one draft of this one case.
 */
import type { KeptSection } from '../drafting/refresh';
import { t } from './i18n';

interface Props {
  heading: string | null;
  sections: KeptSection[];
  layout: 'headed' | 'letter';
  showing: boolean;
  onBack: () => void;
}

const paragraphs = (text: string) =>
  text
    .trim()
    .split(/\n{2,}/)
    .map((p, i) => (
      <p key={i}>
        {p.split('\n').map((line, j) => (
          <>
            {j > 0 && <br />}
            {line}
          </>
        ))}
      </p>
    ));

export function DraftPrint({ heading, sections, layout, showing, onBack }: Props) {
  return (
    <div class="cc-print" hidden={!showing}>
      <div class="cc-print-controls">
        <button type="button" onClick={() => window.print()}>
          {t('printNow')}
        </button>
        <button type="button" class="cc-secondary" onClick={onBack}>
          {t('backToEditing')}
        </button>
        <p class="cc-hint">{t('printHint')}</p>
      </div>
      <article class="cc-print-doc" aria-label={t('printViewLabel')}>
        {heading && <h1>{heading}</h1>}
        {sections
          .filter((s) => s.text.trim())
          .map((s) => (
            <section key={s.id}>
              {layout === 'headed' && <h2>{s.title}</h2>}
              {paragraphs(s.text)}
            </section>
          ))}
      </article>
    </div>
  );
}
